import { applyFilters } from '../core/apply-filters';
import { loadConfig, ruleIdsAndAliases } from '../core/config';
import type { Report } from '../core/report';
import { ruleCatalog } from './rule-catalog';

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

/**
 * Every rule id and alias cloudgate knows, so one config file can name IaC rules and audit checks. Listed
 * only when a config file is read: most scans have none, and the list holds over a thousand ids.
 */
export function knownRuleIds(): Iterable<string> {
  return {
    [Symbol.iterator]: () => ruleIdsAndAliases(ruleCatalog().map((meta) => ({ meta })))[Symbol.iterator](),
  };
}
