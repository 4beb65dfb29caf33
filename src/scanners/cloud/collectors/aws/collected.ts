/**
 * The outcome of one piece of collection: the value, or why it could not be read. A check that needs a
 * value it cannot have is reported as not assessed with this reason; it never passes or fails on it.
 */
export type Collected<T> = { ok: true; value: T } | { ok: false; reason: string };

export function collected<T>(value: T): Collected<T> {
  return { ok: true, value };
}

export function missing<T>(reason: string): Collected<T> {
  return { ok: false, reason };
}

/** A region or call a dataset could not cover, for datasets that are still useful when partly read. */
export interface Gap {
  region?: string;
  reason: string;
}
