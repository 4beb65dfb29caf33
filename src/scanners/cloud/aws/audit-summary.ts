import type { AwsAuditResult } from './audit-aws';

/** One line for the log: what was covered and what it cost. */
export function describeAuditRun(result: AwsAuditResult): string {
  const accounts = result.coverage.length;
  const regions = new Set(
    result.coverage.flatMap((entry) => entry.regions.map((region) => `${entry.account}/${region}`)),
  ).size;
  const outcomes = result.coverage.flatMap((entry) => [...entry.outcomes.values()]);
  const count = (outcome: string) => outcomes.filter((value) => value === outcome).length;
  const failed = result.coverage.filter((entry) => entry.failure).length;
  return [
    `Audited ${accounts} account(s)${failed ? ` (${failed} could not be audited)` : ''} and ${regions} account-region(s):`,
    `${count('passed')} checks passed, ${count('failed')} failed, ${count('not-assessed')} not assessed;`,
    `${result.report.findings.length} finding(s);`,
    `${result.calls.calls} AWS calls, ${result.calls.retries} retries, ${result.calls.failed} failed.`,
  ].join(' ');
}
