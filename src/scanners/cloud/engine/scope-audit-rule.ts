import type { Violation } from '../../../core/engine';
import type { RuleMeta } from '../../../core/rule';
import type { Collected } from '../collectors/aws/collected';

/** The clouds audited one scope at a time: an Azure subscription, a GCP project. */
export type ScopeProvider = 'azure' | 'gcp';

export interface ScopeFlagOptions {
  /** Where the resource lives (an Azure location, a GCP region or zone), when it has one. */
  region?: string;
  properties?: Record<string, string | number | boolean>;
}

/** What a check sees: the datasets it declared for one scope, and a way to say what it could not assess. */
export interface ScopeContext<D> {
  readonly provider: ScopeProvider;
  /** The subscription id or project id. */
  readonly scope: string;
  /** When the audit started; ages ("expires in 10 days") are measured from here. */
  readonly now: Date;
  /** A dataset the check listed in `needs`, or undefined after recording why it could not be read. */
  get<K extends keyof D & string>(key: K): D[K] | undefined;
  /** A per-item value (one vault's keys, one server's auditing), or undefined after recording the gap. */
  use<T>(value: Collected<T> | undefined): T | undefined;
  /** Records that part of the check could not be assessed; it becomes a "not assessed" notice. */
  gap(reason: string): void;
  /** Whether something the check needed was missing: a check must not report an absence it could not see. */
  readonly incomplete: boolean;
  /** A violation on a resource of this scope (its full resource id). */
  flag(resourceId: string, message: string, options?: ScopeFlagOptions): Violation;
}

/** A check run once per subscription or project over collected datasets. */
export interface ScopeAuditRule<D> {
  meta: RuleMeta;
  /** The datasets it reads; only these are collected for it, and reading another one is a bug. */
  needs: readonly (keyof D & string)[];
  check(context: ScopeContext<D>): Violation[];
}
