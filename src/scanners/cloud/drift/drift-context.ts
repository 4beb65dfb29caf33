import type { Finding } from '../../../core/finding';
import { fingerprint } from '../../../core/fingerprint';
import type { Location } from '../../../core/location';
import type { Notice } from '../../../core/notice';
import type { RuleMeta } from '../../../core/rule';
import type { Severity } from '../../../core/severity';
import { anchorRange, type ModelNode } from '../../iac/model/node';
import type { AccountData } from '../collectors/aws/collect-account';
import type { AccountDatasets, AccountKey, RegionDatasets, RegionKey } from '../collectors/aws/datasets';
import type { DeclaredInfrastructure, DeclaredResource } from './declared/declared-infrastructure';
import { DRIFT_MISSING_RESOURCE, DRIFT_SETTING_CHANGED, DRIFT_UNMANAGED_RESOURCE } from './rules/index';

/** One setting whose live value is not the declared one. */
export interface SettingDiff {
  /** The Terraform attribute, e.g. `block_public_policy` or `ingress`. */
  setting: string;
  declared: string;
  live: string;
  /** Whether the live value protects less than the declared one; makes the finding high. */
  lessSecure: boolean;
  /** Where the code writes the setting; undefined when the provider's default applies. */
  node?: ModelNode;
  /** The declaration holding `node` when it is not the drifted resource (a separate security group rule). */
  declaredIn?: DeclaredResource;
}

export interface DriftScope {
  partition: string;
  /** Whether this run owns the account-wide datasets (with shards, one shard does). */
  accountChecks: boolean;
}

/** What the comparators see of one account, and where their results go. */
export class DriftContext {
  readonly findings: Finding[] = [];
  readonly notices: Notice[] = [];
  private readonly noticed = new Set<string>();

  constructor(
    readonly declared: DeclaredInfrastructure,
    private readonly data: AccountData,
    readonly scope: DriftScope,
  ) {}

  get account(): string {
    return this.data.account;
  }

  /** The regions whose datasets this run collected. */
  get regions(): string[] {
    return [...this.data.regions.keys()];
  }

  ofType(...types: string[]): DeclaredResource[] {
    return this.declared.resources.filter((resource) => types.includes(resource.type));
  }

  /** Declarations a comparison can use: with a state, the ones never applied are left for later. */
  applied(...types: string[]): DeclaredResource[] {
    return this.ofType(...types).filter((resource) => !this.declared.hasState || resource.state);
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

  /** Records, once, that part of the drift could not be compared: `what` names it, `reason` says why. */
  notAssessed(rule: RuleMeta, what: string, reason: string): void {
    const message = `drift of ${what} was not assessed: ${reason}`;
    const key = `${rule.id}\0${message}`;
    if (this.noticed.has(key)) return;
    this.noticed.add(key);
    this.notices.push({ kind: 'not-assessed', ruleId: rule.id, message });
  }

  drifted(resource: DeclaredResource, live: string, diffs: SettingDiff[]): void {
    if (diffs.length === 0) return;
    const first = diffs.find((diff) => diff.node) ?? diffs[0]!;
    const holder = first.declaredIn ?? resource;
    const details = diffs
      .map((diff) => `${diff.setting} is ${diff.declared} in the code but ${diff.live} live`)
      .join('; ');
    this.add(DRIFT_SETTING_CHANGED, diffs.some((diff) => diff.lessSecure) ? 'high' : 'medium', {
      message: `${resource.address} drifted from the code in account ${this.account} (${live}): ${details}.`,
      resource: resource.address,
      location: fileLocation(holder, first.node),
      properties: { liveResource: live, settings: diffs.map((diff) => diff.setting).join(',') },
    });
  }

  missing(resource: DeclaredResource, message: string, control: boolean): void {
    this.add(DRIFT_MISSING_RESOURCE, control ? 'high' : 'medium', {
      message: `${resource.address} ${message}`,
      resource: resource.address,
      location: fileLocation(resource, undefined),
    });
  }

  unmanaged(resourceId: string, region: string | undefined, message: string): void {
    this.add(DRIFT_UNMANAGED_RESOURCE, 'medium', {
      message,
      resource: resourceId,
      location: {
        kind: 'cloud',
        provider: 'aws',
        account: this.account,
        ...(region ? { region } : {}),
        resourceId,
      },
    });
  }

  private add(
    rule: RuleMeta,
    severity: Severity,
    finding: Pick<Finding, 'message' | 'resource' | 'location' | 'properties'>,
  ): void {
    const { location } = finding;
    const where =
      location.kind === 'file'
        ? location.path
        : location.kind === 'cloud'
          ? `aws:${location.account}:${location.region ?? ''}:${location.resourceId}`
          : location.name;
    const snippet =
      location.kind === 'file' ? this.declared.model.lineText(location.path, location.range.startLine) : '';
    this.findings.push({
      ruleId: rule.id,
      scanner: rule.scanner,
      severity,
      message: finding.message,
      location,
      resource: finding.resource,
      fingerprint: fingerprint({ ruleId: rule.id, where, resource: finding.resource, snippet }),
      ...(finding.properties ? { properties: finding.properties } : {}),
    });
  }
}

function fileLocation(resource: DeclaredResource, node: ModelNode | undefined): Location {
  const source = resource.source;
  const range = node ? anchorRange(node) : { ...source.range, endLine: source.range.startLine };
  return { kind: 'file', path: source.file, range };
}

export { DRIFT_MISSING_RESOURCE, DRIFT_SETTING_CHANGED, DRIFT_UNMANAGED_RESOURCE };
