import type { Violation } from '../../../core/engine';
import type { RuleMeta } from '../../../core/rule';
import type { Collected } from '../collectors/aws/collected';
import type { AccountDatasets, AccountKey, RegionDatasets, RegionKey } from '../collectors/aws/datasets';

export interface FlagOptions {
  /** Where the resource lives; a regional check defaults to its region, an account check to none (global). */
  region?: string;
  properties?: Record<string, string | number | boolean>;
}

/** What a check sees: the collected data it declared, and a way to say what it could not assess. */
export interface AuditContextBase {
  readonly account: string;
  readonly partition: string;
  /** When the audit started; ages ("unused for 45 days") are measured from here. */
  readonly now: Date;
  /** A per-item value, or undefined after recording why it could not be read. */
  use<T>(value: Collected<T> | undefined, region?: string): T | undefined;
  /** Records that part of the check could not be assessed; it becomes a "not assessed" notice. */
  gap(reason: string, region?: string): void;
  /** Whether something the check needed was missing: a check must not report an absence it could not see. */
  readonly incomplete: boolean;
  /** A violation on a resource of this account (an ARN, or `AWS::::Account:<id>` for account settings). */
  flag(resourceId: string, message: string, options?: FlagOptions): Violation;
}

export interface AccountContext extends AuditContextBase {
  readonly scope: 'account';
  /** The region of the global services. */
  readonly homeRegion: string;
  /** Every enabled region the audit covers. */
  readonly regions: readonly string[];
  get<K extends AccountKey>(key: K): AccountDatasets[K] | undefined;
}

export interface RegionContext extends AuditContextBase {
  readonly scope: 'region';
  readonly region: string;
  get<K extends RegionKey>(key: K): RegionDatasets[K] | undefined;
}

/** A check that runs once per account, over account-wide data. */
export interface AccountAuditRule {
  meta: RuleMeta;
  scope: 'account';
  /** The datasets it reads; only these are collected for it, and reading another one is a bug. */
  needs: readonly AccountKey[];
  check(context: AccountContext): Violation[];
}

/** A check that runs once per region of each account. */
export interface RegionAuditRule {
  meta: RuleMeta;
  scope: 'region';
  needs: readonly RegionKey[];
  check(context: RegionContext): Violation[];
}

export type AuditRule = AccountAuditRule | RegionAuditRule;

/** The resource id of an account-wide setting, as AWS Security Hub writes it. */
export function accountResource(account: string): string {
  return `AWS::::Account:${account}`;
}
