import type { GcpSession } from './gcp-session';
import { listPages } from './paging';

interface ScopedList {
  warning?: { code?: string | null; message?: string | null } | null;
  [key: string]: unknown;
}

export interface AggregatedPage {
  items?: Record<string, ScopedList> | null;
  nextPageToken?: string | null;
}

/**
 * Every item of a Compute Engine aggregatedList (one map of `zones/<zone>` or `regions/<region>` to a list
 * under `key`), across pages. A zone Google could not reach is told in a warning, so a gap is never silent.
 */
export function listAggregated<T>(
  session: GcpSession,
  key: string,
  what: string,
  fetchPage: (pageToken: string | undefined) => Promise<AggregatedPage>,
): Promise<T[]> {
  return listPages(
    async (pageToken) => {
      const page = await fetchPage(pageToken);
      const items: T[] = [];
      for (const [scope, list] of Object.entries(page.items ?? {})) {
        const values = list[key];
        if (Array.isArray(values)) items.push(...(values as T[]));
        if (list.warning?.code === 'UNREACHABLE')
          session.warn(`${what}: ${scope} could not be read (${list.warning.message ?? 'unreachable'})`);
      }
      return { items, nextPageToken: page.nextPageToken ?? null };
    },
    session.maxItems,
    what,
    session.warn,
  );
}
