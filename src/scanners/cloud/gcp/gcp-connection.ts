/**
 * Where the Google Cloud calls go. Empty in production, where each API has its own host; a local endpoint
 * in tests, set through CLOUDGATE_GCP_ENDPOINT_URL, answers every API on one origin (the APIs' paths do not
 * overlap: `/compute/v1/...`, `/storage/v1/...`, `/v1/projects/...:getIamPolicy`, `/v1/token`).
 */
export interface GcpConnection {
  endpoint?: string;
}

/** The `rootUrl` of a Google API client: the API's own host, or the test endpoint. */
export function gcpRootUrl(connection: GcpConnection, api: string): string {
  return connection.endpoint ? `${connection.endpoint}/` : `https://${api}.googleapis.com/`;
}

export const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
