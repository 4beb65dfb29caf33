import type { ScopeAuditResult } from './audit-scopes';

/** One line for the log: what an Azure or Google Cloud audit covered and concluded. */
export function describeScopeAuditRun(result: ScopeAuditResult, unit: 'subscription' | 'project'): string {
  const outcomes = result.coverage.flatMap((entry) => [...entry.outcomes.values()]);
  const count = (outcome: string) => outcomes.filter((value) => value === outcome).length;
  const failed = result.coverage.filter((entry) => entry.failure).length;
  return [
    `Audited ${result.coverage.length} ${unit}(s)${failed ? ` (${failed} could not be audited)` : ''}:`,
    `${count('passed')} checks passed, ${count('failed')} failed, ${count('not-assessed')} not assessed;`,
    `${result.report.findings.length} finding(s).`,
  ].join(' ');
}
