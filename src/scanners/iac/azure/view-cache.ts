import type { IacModel } from '../model/iac-model';

const caches = new WeakMap<IacModel, Map<string, unknown>>();

/** Computes a view once per scan: many rules read the same joined resources. */
export function cachedView<T>(model: IacModel, key: string, compute: () => T): T {
  let cache = caches.get(model);
  if (!cache) {
    cache = new Map();
    caches.set(model, cache);
  }
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as T;
}
