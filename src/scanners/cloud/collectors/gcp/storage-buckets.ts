import type { storage_v1 } from '@googleapis/storage/build/v1';
import type { Collected } from '../aws/collected';
import { storageApi } from './gcp-apis';
import type { GcpSession } from './gcp-session';
import { listPages } from './paging';
import { readPerItem } from './per-item';

export interface BucketWithPolicy {
  bucket: storage_v1.Schema$Bucket;
  /** The bucket's IAM policy, or why it could not be read. */
  policy: Collected<storage_v1.Schema$Policy>;
}

export function collectBuckets(session: GcpSession): Promise<storage_v1.Schema$Bucket[]> {
  const api = storageApi(session);
  return listPages(
    async (pageToken) => {
      const { data } = await api.buckets.list({
        project: session.projectId,
        // Full, so buckets with fine-grained access come with their ACLs.
        projection: 'full',
        maxResults: 500,
        ...(pageToken ? { pageToken } : {}),
      });
      return { items: data.items ?? [], nextPageToken: data.nextPageToken ?? null };
    },
    session.maxItems,
    `buckets of project ${session.projectId}`,
    session.warn,
  );
}

/** Each bucket with its IAM policy (version 3, with conditions). */
export async function collectBucketPolicies(
  session: GcpSession,
  need: (key: 'buckets') => Promise<storage_v1.Schema$Bucket[]>,
): Promise<BucketWithPolicy[]> {
  const api = storageApi(session);
  const buckets = await need('buckets');
  const policies = await readPerItem(
    buckets,
    (bucket) => `the IAM policy of bucket ${bucket.name}`,
    async (bucket) => {
      const { data } = await api.buckets.getIamPolicy({
        bucket: bucket.name ?? '',
        optionsRequestedPolicyVersion: 3,
      });
      return data;
    },
  );
  return buckets.map((bucket, index) => ({ bucket, policy: policies[index]! }));
}
