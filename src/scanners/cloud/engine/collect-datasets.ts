import { collected, missing, type Collected } from '../collectors/aws/collected';

/** How one dataset is read: `need` gives another dataset of the same scope (read once, shared). */
export type DatasetCollector<D, S, K extends keyof D> = (
  session: S,
  need: <J extends keyof D & string>(key: J) => Promise<D[J]>,
) => Promise<D[K]>;

export type DatasetCollectors<D, S> = { [K in keyof D & string]: DatasetCollector<D, S, K> };

/**
 * Reads the datasets `keys` (and those they depend on) of one scope, each once. A dataset whose calls fail
 * is kept as the reason it is missing, so the checks that need it are "not assessed", never passed.
 */
export async function collectDatasets<D, S>(
  session: S,
  collectors: DatasetCollectors<D, S>,
  keys: Iterable<keyof D & string>,
  describeError: (error: unknown) => string,
): Promise<Map<keyof D & string, Collected<unknown>>> {
  const pending = new Map<keyof D & string, Promise<unknown>>();
  const need = <J extends keyof D & string>(key: J): Promise<D[J]> => {
    let promise = pending.get(key);
    if (!promise) {
      promise = collectors[key](session, need);
      pending.set(key, promise);
    }
    return promise as Promise<D[J]>;
  };
  const results = new Map<keyof D & string, Collected<unknown>>();
  await Promise.all(
    [...new Set(keys)].map(async (key) => {
      try {
        results.set(key, collected(await need(key)));
      } catch (error) {
        results.set(key, missing(describeError(error)));
      }
    }),
  );
  return results;
}
