import type { Finding } from '../../../core/finding';
import { fingerprint } from '../../../core/fingerprint';
import type { Location } from '../../../core/location';
import type { Notice } from '../../../core/notice';
import type { RuleMeta } from '../../../core/rule';
import type { Severity } from '../../../core/severity';
import { anchorRange, type ModelNode } from '../../iac/model/node';
import type { DeclaredInfrastructure, DeclaredResource } from './declared/declared-infrastructure';

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

/** The three drift rules of one cloud. */
export interface DriftRuleSet {
  settingChanged: RuleMeta;
  unmanagedResource: RuleMeta;
  missingResource: RuleMeta;
}

/** Where drift is compared: the cloud, and what its unit is called in messages. */
export interface DriftTarget {
  provider: 'aws' | 'azure' | 'gcp';
  /** `account`, `project`, `subscription`. */
  scopeLabel: string;
  /** The account, project or subscription id. */
  scope: string;
  rules: DriftRuleSet;
}

/** Turns the comparators' results into findings and notices, the same way for every cloud. */
export class DriftRecorder {
  readonly findings: Finding[] = [];
  readonly notices: Notice[] = [];
  private readonly noticed = new Set<string>();

  constructor(
    readonly declared: DeclaredInfrastructure,
    readonly target: DriftTarget,
  ) {}

  get account(): string {
    return this.target.scope;
  }

  get rules(): DriftRuleSet {
    return this.target.rules;
  }

  /** `account 1234`, `project payments-prod`: where the live side is, for messages. */
  get where(): string {
    return `${this.target.scopeLabel} ${this.target.scope}`;
  }

  ofType(...types: string[]): DeclaredResource[] {
    return this.declared.resources.filter((resource) => types.includes(resource.type));
  }

  /** Declarations a comparison can use: with a state, the ones never applied are left for later. */
  applied(...types: string[]): DeclaredResource[] {
    return this.ofType(...types).filter((resource) => !this.declared.hasState || resource.state);
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
    this.add(this.rules.settingChanged, diffs.some((diff) => diff.lessSecure) ? 'high' : 'medium', {
      message: `${resource.address} drifted from the code in ${this.where} (${live}): ${details}.`,
      resource: resource.address,
      location: fileLocation(holder, first.node),
      properties: { liveResource: live, settings: diffs.map((diff) => diff.setting).join(',') },
    });
  }

  missing(resource: DeclaredResource, message: string, control: boolean): void {
    this.add(this.rules.missingResource, control ? 'high' : 'medium', {
      message: `${resource.address} ${message}`,
      resource: resource.address,
      location: fileLocation(resource, undefined),
    });
  }

  unmanaged(resourceId: string, region: string | undefined, message: string): void {
    this.add(this.rules.unmanagedResource, 'medium', {
      message,
      resource: resourceId,
      location: {
        kind: 'cloud',
        provider: this.target.provider,
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
          ? `${location.provider}:${location.account}:${location.region ?? ''}:${location.resourceId}`
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
