import type { Finding } from '../../../core/finding';
import type { Notice } from '../../../core/notice';
import type { ScopeAuditSettings, ScopeTarget } from '../engine/audit-scopes';
import type { DeclaredInfrastructure } from './declared/declared-infrastructure';
import { driftRuleList } from './rules/index';
import type { DriftRuleSet } from './drift-recorder';
import {
  kindsDeclared,
  ScopeDriftContext,
  type ScopeDatasets,
  type ScopeDriftKind,
} from './scope-drift-context';

export interface ScopeDriftResult {
  findings: Finding[];
  notices: Notice[];
}

export interface ScopeDriftCloud<D> {
  provider: 'gcp' | 'azure';
  rules: DriftRuleSet;
  kinds: readonly ScopeDriftKind<D>[];
}

/** The datasets drift reads for this project: only those of the kinds it declares. No calls of its own. */
export function scopeDriftNeeds<D>(
  declared: DeclaredInfrastructure,
  cloud: ScopeDriftCloud<D>,
): (keyof D & string)[] {
  return [...new Set(kindsDeclared(declared, cloud.kinds).flatMap((kind) => kind.needs))].sort();
}

/** Compares the declared infrastructure with one project's or subscription's datasets. */
export function detectScopeDrift<D>(
  declared: DeclaredInfrastructure,
  datasets: ScopeDatasets<D>,
  scope: string,
  cloud: ScopeDriftCloud<D>,
): ScopeDriftResult {
  const context = new ScopeDriftContext<D>(declared, datasets, {
    provider: cloud.provider,
    scope,
    rules: cloud.rules,
  });
  for (const kind of kindsDeclared(declared, cloud.kinds)) kind.compare(context);
  return { findings: context.findings, notices: context.notices };
}

type DriftHooks<D> = Pick<ScopeAuditSettings<D, unknown>, 'extraNeeds' | 'afterEvaluate' | 'extraRules'>;

/**
 * What the per-scope audit needs to run drift in the one scope the project deploys to (the one its state
 * names, else the only one audited), and the notice saying why drift did not run when there is none.
 */
export function scopeDriftHooks<D>(
  declared: DeclaredInfrastructure,
  targets: readonly ScopeTarget[],
  cloud: ScopeDriftCloud<D>,
): { hooks: DriftHooks<D>; notices: Notice[] } {
  const label = cloud.provider === 'gcp' ? 'project' : 'subscription';
  const same = (a: string, b: string) =>
    cloud.provider === 'azure' ? a.toLowerCase() === b.toLowerCase() : a === b;
  const named = declared.account;
  const chosen = named ?? (targets.length === 1 ? targets[0]!.id : undefined);
  const target = chosen === undefined ? undefined : targets.find((candidate) => same(candidate.id, chosen));
  const extraRules = driftRuleList(cloud.rules);
  if (!target) {
    const reason = named
      ? `the Terraform state names ${label} ${named}, which this audit does not cover`
      : `the Terraform project's ${label} is unknown (no state, or a state naming several) and ${targets.length} ${label}s are audited; give the state or audit one ${label}`;
    const notice: Notice = {
      kind: 'not-assessed',
      ruleId: cloud.rules.settingChanged.id,
      message: `drift was not assessed: ${reason}`,
    };
    return { hooks: { extraRules }, notices: [notice] };
  }
  const needs = scopeDriftNeeds(declared, cloud);
  return {
    hooks: {
      extraRules,
      extraNeeds: (scope) => (scope.id === target.id ? needs : []),
      afterEvaluate: (scope, datasets, report) => {
        if (scope.id !== target.id) return;
        const result = detectScopeDrift(declared, datasets, scope.id, cloud);
        report.findings.push(...result.findings);
        report.notices.push(...result.notices);
      },
    },
    notices: [],
  };
}
