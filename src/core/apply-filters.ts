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
  const findings = report.findings
    .filter((finding) => isRuleEnabled(finding.ruleId, metaById.get(finding.ruleId), config))
    .map((finding) => withOverride({ ...finding }, metaById.get(finding.ruleId), config.severity));
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

function withOverride(
  finding: Finding,
  meta: RuleMeta | undefined,
  overrides: CloudgateConfig['severity'],
): Finding {
  const severity = overrideFor(finding.ruleId, meta, overrides);
  if (severity) finding.severity = severity;
  return finding;
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
