import type { Violation } from '../../../core/engine';
import type { Collected, Gap } from '../collectors/aws/collected';
import type { AccountData } from '../collectors/aws/collect-account';
import type { AccountDatasets, AccountKey, RegionDatasets, RegionKey } from '../collectors/aws/datasets';
import type { AccountContext, AuditRule, FlagOptions, RegionContext } from './audit-rule';

export type { Gap };

interface Shared {
  data: AccountData;
  partition: string;
  now: Date;
}

/** Builds the context of one rule run and records its gaps. */
class ContextBase {
  readonly gaps: Gap[] = [];

  constructor(
    protected readonly shared: Shared,
    protected readonly rule: AuditRule,
    protected readonly defaultRegion: string | undefined,
  ) {}

  get account(): string {
    return this.shared.data.account;
  }

  get partition(): string {
    return this.shared.partition;
  }

  get now(): Date {
    return this.shared.now;
  }

  get incomplete(): boolean {
    return this.gaps.length > 0;
  }

  gap(reason: string, region: string | undefined = this.defaultRegion): void {
    if (!this.gaps.some((gap) => gap.reason === reason && gap.region === region))
      this.gaps.push({ reason, ...(region ? { region } : {}) });
  }

  use<T>(value: Collected<T> | undefined, region?: string): T | undefined {
    if (value === undefined) return undefined;
    if (value.ok) return value.value;
    this.gap(value.reason, region ?? this.defaultRegion);
    return undefined;
  }

  flag(resourceId: string, message: string, options: FlagOptions = {}): Violation {
    const region = options.region ?? this.defaultRegion;
    return {
      message,
      resource: resourceId,
      location: {
        kind: 'cloud',
        provider: 'aws',
        account: this.account,
        ...(region ? { region } : {}),
        resourceId,
      },
      ...(options.properties ? { properties: options.properties } : {}),
    };
  }

  protected read(
    map: Map<string, Collected<unknown>> | undefined,
    key: string,
    declared: readonly string[],
  ): unknown {
    if (!declared.includes(key))
      throw new Error(`${this.rule.meta.id} reads ${key} without listing it in needs`);
    const value = map?.get(key);
    if (!value) {
      this.gap(`${key} was not collected`);
      return undefined;
    }
    return this.use(value);
  }
}

export class AccountRuleContext extends ContextBase implements AccountContext {
  readonly scope = 'account';

  constructor(
    shared: Shared,
    rule: AuditRule,
    readonly homeRegion: string,
    readonly regions: readonly string[],
  ) {
    super(shared, rule, undefined);
  }

  get<K extends AccountKey>(key: K): AccountDatasets[K] | undefined {
    return this.read(this.shared.data.accountWide, key, this.rule.needs) as AccountDatasets[K] | undefined;
  }
}

export class RegionRuleContext extends ContextBase implements RegionContext {
  readonly scope = 'region';

  constructor(
    shared: Shared,
    rule: AuditRule,
    readonly region: string,
  ) {
    super(shared, rule, region);
  }

  get<K extends RegionKey>(key: K): RegionDatasets[K] | undefined {
    return this.read(this.shared.data.regions.get(this.region), key, this.rule.needs) as
      RegionDatasets[K] | undefined;
  }
}

export type { Shared as ContextShared };
