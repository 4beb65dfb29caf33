import type { Baseline } from './baseline';
import { isRuleEnabled, namesRule, type CloudgateConfig } from './config';
import { applyConfigSuppressions } from './config-suppressions';
import type { Finding } from './finding';
import type { Notice } from './notice';
import type { Report } from './report';
import type { RuleMeta } from './rule';
import type { Severity } from './severity';

export interface FilterOptions {
  config: CloudgateConfig;
  baseline?: Baseline;
  /** For expiry dates; tests pin it. */
  today: Date;
  /** Where the baseline came from, shown as the suppression's source. */
  baselineSource?: string;
}

/**
 * Applies the config and the baseline to a report, in this order: findings of
 * disabled rules go, severities are overridden, then config suppressions and the
 * baseline mark what is accepted. Marked findings stay in the report with the
 * reason, so reporters can show them and nothing disappears without a trace.
 * The input report is not changed.
 */
export function applyFilters(report: Report, options: FilterOptions): Report {
  const { config } = options;
  const metaById = new Map(report.rules.map((meta) => [meta.id, meta]));
  const decide = ruleDecisions(metaById, config);
  const findings: Finding[] = [];
  for (const finding of report.findings) {
    const { enabled, severity } = decide(finding.ruleId);
    if (enabled) findings.push(severity ? { ...finding, severity } : { ...finding });
  }
  const notices: Notice[] = applyConfigSuppressions(findings, config.suppressions, metaById, options.today);
  if (options.baseline) applyBaseline(findings, options.baseline, options.baselineSource);
  const rules = report.rules
    .filter((meta) => isRuleEnabled(meta.id, meta, config))
    .map((meta) => {
      const severity = overrideFor(meta.id, meta, config.severity);
      return severity && severity !== meta.severity ? { ...meta, severity } : meta;
    });
  return { ...report, findings, rules, notices: [...report.notices, ...notices] };
}

interface RuleDecision {
  enabled: boolean;
  severity: Severity | undefined;
}

/** What the config says of each rule, worked out once per rule rather than once per finding. */
function ruleDecisions(
  metaById: ReadonlyMap<string, RuleMeta>,
  config: CloudgateConfig,
): (ruleId: string) => RuleDecision {
  const decisions = new Map<string, RuleDecision>();
  return (ruleId) => {
    let decision = decisions.get(ruleId);
    if (!decision) {
      const meta = metaById.get(ruleId);
      decision = {
        enabled: isRuleEnabled(ruleId, meta, config),
        severity: overrideFor(ruleId, meta, config.severity),
      };
      decisions.set(ruleId, decision);
    }
    return decision;
  };
}

/** The configured severity of a rule: by its id first, then by an alias. */
function overrideFor(
  ruleId: string,
  meta: RuleMeta | undefined,
  overrides: CloudgateConfig['severity'],
): Severity | undefined {
  const exact = overrides[ruleId];
  if (exact) return exact;
  const key = Object.keys(overrides).find((id) => namesRule(id, ruleId, meta));
  return key === undefined ? undefined : overrides[key];
}

function applyBaseline(findings: Finding[], baseline: Baseline, source: string | undefined): void {
  const accepted = new Set(baseline.findings.map((entry) => entry.fingerprint));
  const reason = baseline.generated
    ? `accepted in the baseline of ${baseline.generated}`
    : 'accepted in the baseline';
  for (const finding of findings) {
    if (finding.suppression || !accepted.has(finding.fingerprint)) continue;
    finding.suppression = { kind: 'baseline', reason, ...(source ? { source } : {}) };
  }
}
