import type { compute_v1 } from '@googleapis/compute/build/v1';
import { computeApi } from './gcp-apis';
import type { GcpSession } from './gcp-session';
import { listPages } from './paging';

export function collectFirewalls(session: GcpSession): Promise<compute_v1.Schema$Firewall[]> {
  const api = computeApi(session);
  return listPages(
    async (pageToken) => {
      const { data } = await api.firewalls.list({
        project: session.projectId,
        maxResults: 500,
        ...(pageToken ? { pageToken } : {}),
      });
      return { items: data.items ?? [], nextPageToken: data.nextPageToken ?? null };
    },
    session.maxItems,
    `firewall rules of project ${session.projectId}`,
    session.warn,
  );
}
