import type { AccountData, CollectionPlan } from '../collectors/aws/collect-account';
import type { AccountKey, RegionKey } from '../collectors/aws/datasets';
import type { AuditRule } from '../engine/audit-rule';

/**
 * The datasets the selected checks read, so an audit with a few checks makes only their calls. `extra` adds
 * what drift detection reads, under the same account and region ownership as the checks.
 */
export function collectionPlan(
  rules: readonly AuditRule[],
  accountChecks: boolean,
  regions: readonly string[],
  extra?: { accountKeys: readonly AccountKey[]; regionKeys: readonly RegionKey[] },
): CollectionPlan {
  const accountKeys = new Set<AccountKey>(accountChecks ? (extra?.accountKeys ?? []) : []);
  const regionKeys = new Set<RegionKey>(regions.length > 0 ? (extra?.regionKeys ?? []) : []);
  for (const rule of rules) {
    if (rule.scope === 'account') {
      if (accountChecks) for (const key of rule.needs) accountKeys.add(key);
    } else if (regions.length > 0) for (const key of rule.needs) regionKeys.add(key);
  }
  return { accountKeys: [...accountKeys].sort(), regionKeys: [...regionKeys].sort(), regions };
}

/** How many resources the audit read: the items of every list it collected, for the report's statistics. */
export function countResources(data: AccountData): number {
  let count = 0;
  const add = (value: unknown) => {
    if (Array.isArray(value)) count += value.length;
    else if (value instanceof Map) count += value.size;
  };
  for (const value of data.accountWide.values()) if (value.ok) add(value.value);
  for (const datasets of data.regions.values())
    for (const value of datasets.values()) if (value.ok) add(value.value);
  return count;
}
