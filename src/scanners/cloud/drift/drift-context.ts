import type { AccountData } from '../collectors/aws/collect-account';
import type { AccountDatasets, AccountKey, RegionDatasets, RegionKey } from '../collectors/aws/datasets';
import type { DeclaredInfrastructure } from './declared/declared-infrastructure';
import { DriftRecorder } from './drift-recorder';
import {
  AWS_DRIFT_RULES,
  DRIFT_MISSING_RESOURCE,
  DRIFT_SETTING_CHANGED,
  DRIFT_UNMANAGED_RESOURCE,
} from './rules/index';

export type { SettingDiff } from './drift-recorder';

export interface DriftScope {
  partition: string;
  /** Whether this run owns the account-wide datasets (with shards, one shard does). */
  accountChecks: boolean;
}

/** What the comparators see of one AWS account, and where their results go. */
export class DriftContext extends DriftRecorder {
  constructor(
    declared: DeclaredInfrastructure,
    private readonly data: AccountData,
    readonly scope: DriftScope,
  ) {
    super(declared, { provider: 'aws', scopeLabel: 'account', scope: data.account, rules: AWS_DRIFT_RULES });
  }

  /** The regions whose datasets this run collected. */
  get regions(): string[] {
    return [...this.data.regions.keys()];
  }

  /** An account dataset; undefined when this run did not collect it, or (with a notice) when it failed. */
  accountData<K extends AccountKey>(key: K, what: string): AccountDatasets[K] | undefined {
    if (!this.scope.accountChecks) return undefined;
    const value = this.data.accountWide.get(key);
    if (!value) return undefined;
    if (value.ok) return value.value as AccountDatasets[K];
    this.notAssessed(DRIFT_SETTING_CHANGED, `${what} in account ${this.account}`, value.reason);
    return undefined;
  }

  regionData<K extends RegionKey>(region: string, key: K, what: string): RegionDatasets[K] | undefined {
    const value = this.data.regions.get(region)?.get(key);
    if (!value) return undefined;
    if (value.ok) return value.value as RegionDatasets[K];
    this.notAssessed(DRIFT_SETTING_CHANGED, `${what} in account ${this.account}, ${region}`, value.reason);
    return undefined;
  }
}

export { DRIFT_MISSING_RESOURCE, DRIFT_SETTING_CHANGED, DRIFT_UNMANAGED_RESOURCE };
