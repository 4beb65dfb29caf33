/** One page of a Google list call: its items under some key, and the token of the next page. */
export interface GcpPage<T> {
  items: T[];
  nextPageToken?: string | null;
}

/**
 * Every item of a paged Google list, up to `max`; a list cut short is said in a warning, so a partial audit
 * is never silent.
 */
export async function listPages<T>(
  fetchPage: (pageToken: string | undefined) => Promise<GcpPage<T>>,
  max: number,
  what: string,
  warn: (message: string) => void,
): Promise<T[]> {
  const out: T[] = [];
  let token: string | undefined;
  do {
    const page = await fetchPage(token);
    out.push(...page.items);
    token = page.nextPageToken ?? undefined;
    if (out.length >= max && token) {
      warn(`${what}: only the first ${out.length} items were audited`);
      break;
    }
  } while (token);
  return out;
}
