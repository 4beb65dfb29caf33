import { applyFilters } from '../core/apply-filters';
import { loadConfig } from '../core/config';
import type { Report } from '../core/report';
import { knownRuleIds } from './known-rule-ids';

export interface AuditConfigOptions {
  /** Where `.cloudgate.yml` is looked for: the repository root. */
  root: string;
  configPath?: string;
  today?: Date;
}

/**
 * The repository's `.cloudgate.yml` applied to a live audit: disabled checks go, severities are
 * overridden, and suppressions (by check id or alias, with `resources:` globs over ARNs, ARM ids and GCP
 * resource names, a reason and an expiry) mark accepted findings. One file serves the scans and the audits.
 */
export function applyAuditConfig(report: Report, options: AuditConfigOptions): Report {
  const loaded = loadConfig(options.root, options.configPath, { knownRuleIds: knownRuleIds() });
  // `rules.enable` opts in to IaC rules; audit checks run unless disabled.
  const config = { ...loaded.config, rules: { disable: loaded.config.rules.disable } };
  return applyFilters(report, { config, today: options.today ?? new Date() });
}
