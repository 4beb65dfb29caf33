import type { logging_v2 } from '@googleapis/logging/build/v2';
import { loggingApi } from './gcp-apis';
import type { GcpSession } from './gcp-session';
import { listPages } from './paging';

export function collectLogSinks(session: GcpSession): Promise<logging_v2.Schema$LogSink[]> {
  const api = loggingApi(session);
  return listPages(
    async (pageToken) => {
      const { data } = await api.projects.sinks.list({
        parent: `projects/${session.projectId}`,
        pageSize: 200,
        ...(pageToken ? { pageToken } : {}),
      });
      return { items: data.sinks ?? [], nextPageToken: data.nextPageToken ?? null };
    },
    session.maxItems,
    `log sinks of project ${session.projectId}`,
    session.warn,
  );
}
