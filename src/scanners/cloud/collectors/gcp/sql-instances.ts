import type { sqladmin_v1 } from '@googleapis/sqladmin/build/v1';
import { sqlAdminApi } from './gcp-apis';
import type { GcpSession } from './gcp-session';
import { listPages } from './paging';

export function collectSqlInstances(session: GcpSession): Promise<sqladmin_v1.Schema$DatabaseInstance[]> {
  const api = sqlAdminApi(session);
  return listPages(
    async (pageToken) => {
      const { data } = await api.instances.list({
        project: session.projectId,
        maxResults: 500,
        ...(pageToken ? { pageToken } : {}),
      });
      return { items: data.items ?? [], nextPageToken: data.nextPageToken ?? null };
    },
    session.maxItems,
    `Cloud SQL instances of project ${session.projectId}`,
    session.warn,
  );
}
