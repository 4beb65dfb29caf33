import { collected, missing, type Collected } from '../aws/collected';
import { mapLimited } from '../aws/limiter';
import { describeGcpError } from '../../gcp/gcp-errors';

/** Calls made per item (one bucket's policy, one account's keys) at once, within one project. */
const PER_ITEM_CONCURRENCY = 8;

/**
 * Reads one value per item; an item whose call fails keeps the reason (`what` names the item), so the checks
 * record a gap for that item and still judge the others.
 */
export function readPerItem<T, R>(
  items: readonly T[],
  what: (item: T) => string,
  read: (item: T) => Promise<R>,
): Promise<Collected<R>[]> {
  return mapLimited(items, PER_ITEM_CONCURRENCY, async (item) => {
    try {
      return collected(await read(item));
    } catch (error) {
      return missing<R>(`${what(item)} could not be read: ${describeGcpError(error)}`);
    }
  });
}
