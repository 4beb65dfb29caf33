import { cloudresourcemanager_v1 } from '@googleapis/cloudresourcemanager/build/v1';
import { compute_v1 } from '@googleapis/compute/build/v1';
import { container_v1 } from '@googleapis/container/build/v1';
import { iam_v1 } from '@googleapis/iam/build/v1';
import { logging_v2 } from '@googleapis/logging/build/v2';
import { sqladmin_v1 } from '@googleapis/sqladmin/build/v1';
import { storage_v1 } from '@googleapis/storage/build/v1';
import { gcpRootUrl } from '../../gcp/gcp-connection';
import type { GcpSession } from './gcp-session';

/** The Compute Engine v1 client of a session. */
export function computeApi(session: GcpSession): compute_v1.Compute {
  return new compute_v1.Compute({ auth: session.auth, rootUrl: gcpRootUrl(session.connection, 'compute') });
}

export function resourceManagerApi(session: GcpSession): cloudresourcemanager_v1.Cloudresourcemanager {
  return new cloudresourcemanager_v1.Cloudresourcemanager({
    auth: session.auth,
    rootUrl: gcpRootUrl(session.connection, 'cloudresourcemanager'),
  });
}

export function iamApi(session: GcpSession): iam_v1.Iam {
  return new iam_v1.Iam({ auth: session.auth, rootUrl: gcpRootUrl(session.connection, 'iam') });
}

export function loggingApi(session: GcpSession): logging_v2.Logging {
  return new logging_v2.Logging({ auth: session.auth, rootUrl: gcpRootUrl(session.connection, 'logging') });
}

export function sqlAdminApi(session: GcpSession): sqladmin_v1.Sqladmin {
  return new sqladmin_v1.Sqladmin({
    auth: session.auth,
    rootUrl: gcpRootUrl(session.connection, 'sqladmin'),
  });
}

export function storageApi(session: GcpSession): storage_v1.Storage {
  return new storage_v1.Storage({ auth: session.auth, rootUrl: gcpRootUrl(session.connection, 'storage') });
}

export function containerApi(session: GcpSession): container_v1.Container {
  return new container_v1.Container({
    auth: session.auth,
    rootUrl: gcpRootUrl(session.connection, 'container'),
  });
}

/**
 * Options for a read-only call Google makes a POST (getIamPolicy): gaxios retries only idempotent verbs by
 * default, and these are safe to repeat after a 429 or a 5xx.
 */
export const RETRY_READ_POST = {
  retryConfig: { httpMethodsToRetry: ['GET', 'POST'] },
};

/**
 * A GET on an API without a client package here (Cloud KMS, BigQuery), through the session's authorised
 * client, retried on 429 and 5xx like the generated clients.
 */
export async function restGet<T>(
  session: GcpSession,
  api: string,
  path: string,
  params: Record<string, string | number | undefined> = {},
): Promise<T> {
  const defined = Object.entries(params).filter(
    (entry): entry is [string, string | number] => entry[1] !== undefined,
  );
  const { data } = await session.auth.request<T>({
    url: `${gcpRootUrl(session.connection, api)}${path}`,
    method: 'GET',
    params: Object.fromEntries(defined),
    retry: true,
  });
  return data;
}
