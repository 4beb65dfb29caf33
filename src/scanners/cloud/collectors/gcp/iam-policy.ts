import type { cloudresourcemanager_v1 } from '@googleapis/cloudresourcemanager/build/v1';
import { RETRY_READ_POST, resourceManagerApi } from './gcp-apis';
import type { GcpSession } from './gcp-session';

/** The project's IAM policy at version 3, so conditional bindings come back with their conditions. */
export async function collectProjectIamPolicy(
  session: GcpSession,
): Promise<cloudresourcemanager_v1.Schema$Policy> {
  const { data } = await resourceManagerApi(session).projects.getIamPolicy(
    { resource: session.projectId, requestBody: { options: { requestedPolicyVersion: 3 } } },
    RETRY_READ_POST,
  );
  return data;
}
