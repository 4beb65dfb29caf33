import type { AuditShard } from '../aws/audit-shard';
import type { DeclaredInfrastructure } from '../drift/declared/declared-infrastructure';
import { assignUniqueFingerprints } from '../../../core/engine';
import { emptyReport, type Report } from '../../../core/report';
import type { RuleMeta } from '../../../core/rule';
import type { Collected } from '../collectors/aws/collected';
import { mapLimited } from '../collectors/aws/limiter';
import type { CheckOutcome } from './audit-engine';
import { collectDatasets, type DatasetCollectors } from './collect-datasets';
import type { ScopeAuditRule, ScopeProvider } from './scope-audit-rule';
import { evaluateScope } from './scope-engine';

/** What the Azure and Google Cloud audits take besides their credential, scopes and connection. */
export interface ScopeAuditOptions<R> {
  rules?: readonly R[];
  /** Subscriptions or projects audited at once (default 4). */
  concurrency?: number;
  /** Items read per list at most (default 5,000). */
  maxItems?: number;
  /** With a matrix, audit only the scopes of this shard (by the hash of their id). */
  shard?: AuditShard;
  log?: (message: string) => void;
  /** Milliseconds since the epoch, for ages; tests pin it. */
  clock?: () => number;
  /** A Terraform project (readDeclaredInfrastructure for the provider) to compare with its scope: drift findings join the report. */
  drift?: DeclaredInfrastructure;
}

/** A subscription or project to audit. */
export interface ScopeTarget {
  id: string;
  name?: string;
}

export interface ScopeCoverage {
  scope: string;
  name?: string;
  /** Check id -> outcome in this scope. */
  outcomes: Map<string, CheckOutcome>;
  /** Set when the scope could not be audited at all. */
  failure?: string;
}

export interface ScopeAuditSettings<D, S> {
  provider: ScopeProvider;
  rules: readonly ScopeAuditRule<D>[];
  collectors: DatasetCollectors<D, S>;
  describeError(error: unknown): string;
  /** The session (clients, limits) of one scope; closed when the scope is done. */
  openSession(target: ScopeTarget): S;
  closeSession?(session: S): void;
  /** Scopes audited at once. */
  concurrency: number;
  now: Date;
  log(message: string): void;
  /** Datasets a scope needs besides the checks' (drift's, in the scope a Terraform project deploys to). */
  extraNeeds?(target: ScopeTarget): readonly (keyof D & string)[];
  /** Runs after the checks of a scope over its datasets (drift); what it adds to the report joins the rest. */
  afterEvaluate?(
    target: ScopeTarget,
    datasets: ReadonlyMap<keyof D & string, Collected<unknown>>,
    report: Report,
  ): void;
  /** Rules run besides the checks (drift's): listed in the report when they fired, and counted. */
  extraRules?: readonly RuleMeta[];
}

export interface ScopeAuditResult {
  report: Report;
  coverage: ScopeCoverage[];
}

/**
 * The audit of every scope: collect the datasets the checks need, run the checks, one report. A scope that
 * fails as a whole becomes a notice and "not assessed" outcomes; the other scopes are still audited.
 */
export async function auditScopes<D, S>(
  targets: readonly ScopeTarget[],
  settings: ScopeAuditSettings<D, S>,
): Promise<ScopeAuditResult> {
  const started = Date.now();
  const report = emptyReport(['audit']);
  const needs = [...new Set(settings.rules.flatMap((rule) => rule.needs))].sort();
  const label = settings.provider === 'azure' ? 'subscription' : 'project';
  const coverage = await mapLimited(targets, settings.concurrency, async (target) => {
    const session = settings.openSession(target);
    try {
      settings.log(`Auditing ${label} ${describeTarget(target)}.`);
      const keys = settings.extraNeeds ? [...needs, ...settings.extraNeeds(target)] : needs;
      const datasets = await collectDatasets(session, settings.collectors, keys, settings.describeError);
      const evaluation = evaluateScope(
        settings.rules,
        { provider: settings.provider, scope: target.id, datasets },
        settings.now,
      );
      report.findings.push(...evaluation.findings);
      report.notices.push(...evaluation.notices);
      settings.afterEvaluate?.(target, datasets, report);
      for (const value of datasets.values())
        if (value.ok && Array.isArray(value.value)) report.stats.resources += value.value.length;
      return {
        scope: target.id,
        ...(target.name ? { name: target.name } : {}),
        outcomes: evaluation.outcomes,
      };
    } catch (error) {
      const failure = settings.describeError(error);
      report.notices.push({
        kind: 'not-assessed',
        message: `${label} ${target.id} was not audited: ${failure}`,
      });
      const outcomes = new Map(settings.rules.map((rule) => [rule.meta.id, 'not-assessed' as const]));
      return { scope: target.id, outcomes, failure };
    } finally {
      settings.closeSession?.(session);
    }
  });
  assignUniqueFingerprints(report.findings);
  const fired = new Set(report.findings.map((finding) => finding.ruleId));
  const metas = [...settings.rules.map((rule) => rule.meta), ...(settings.extraRules ?? [])];
  report.rules = metas.filter((meta) => fired.has(meta.id));
  report.stats.rulesRun = metas.length;
  report.stats.durationMs = Date.now() - started;
  return { report, coverage };
}

function describeTarget(target: ScopeTarget): string {
  return target.name && target.name !== target.id ? `${target.id} (${target.name})` : target.id;
}
