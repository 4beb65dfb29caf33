import type { Violation } from './engine';
import type { RuleMeta } from './rule';

/** A rule: its metadata and a pure check over the model of its scanner. */
export interface Rule<TModel> {
  meta: RuleMeta;
  check(model: TModel): Violation[];
}
