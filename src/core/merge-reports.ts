import { compareFindings } from './engine';
import type { Finding } from './finding';
import type { Notice } from './notice';
import { emptyReport, type Report } from './report';
import type { RuleMeta, Scanner } from './rule';

const SCANNER_ORDER: readonly Scanner[] = ['iac', 'image', 'audit'];

/**
 * Merges the reports of several jobs (the shards of one scan, or the IaC, image and audit jobs of one
 * workflow) into one. The result does not depend on the order the reports arrive in, and merging the
 * shards of a scan gives the report of the whole scan.
 */
export function mergeReports(reports: Report[]): Report {
  const ordered = [...reports].sort((a, b) => scannerRank(a) - scannerRank(b));
  const merged = emptyReport();
  if (ordered[0]) merged.tool = { ...ordered[0].tool };
  merged.scanners = SCANNER_ORDER.filter((scanner) =>
    ordered.some((report) => report.scanners.includes(scanner)),
  );
  merged.findings = mergeFindings(ordered);
  merged.rules = mergeRules(ordered);
  merged.notices = mergeNotices(ordered);
  const versions = [...new Set(ordered.map((report) => report.tool.version))];
  if (versions.length > 1) {
    merged.notices.push({
      kind: 'warning',
      message: `the merged reports come from different cloudgate versions (${versions.join(', ')}); fingerprints and rules may differ between them`,
    });
  }
  merged.stats = mergeStats(ordered);
  return merged;
}

function scannerRank(report: Report): number {
  const ranks = report.scanners.map((scanner) => SCANNER_ORDER.indexOf(scanner));
  return ranks.length > 0 ? Math.min(...ranks) : SCANNER_ORDER.length;
}

/**
 * One finding per (scanner, fingerprint). When two reports disagree on whether it is suppressed, the
 * active copy wins: a merge must never hide a finding that one job still counts.
 */
function mergeFindings(reports: Report[]): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const report of reports) {
    for (const finding of report.findings) {
      const key = `${finding.scanner}\u0000${finding.fingerprint}`;
      const seen = byKey.get(key);
      if (!seen || (seen.suppression && !finding.suppression)) byKey.set(key, finding);
    }
  }
  return [...byKey.values()].sort(
    (a, b) =>
      compareFindings(a, b) || compareText(a.scanner, b.scanner) || compareText(a.fingerprint, b.fingerprint),
  );
}

function mergeRules(reports: Report[]): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  for (const report of reports)
    for (const rule of report.rules) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  return [...byId.values()];
}

/** Every shard reports the notices of the whole walk (a symlink loop, say); each is kept once. */
function mergeNotices(reports: Report[]): Notice[] {
  const byKey = new Map<string, Notice>();
  for (const report of reports) {
    for (const notice of report.notices) {
      const key = JSON.stringify([
        notice.kind,
        notice.path,
        notice.line,
        notice.column,
        notice.ruleId,
        notice.message,
      ]);
      if (!byKey.has(key)) byKey.set(key, notice);
    }
  }
  return [...byKey.values()].sort(compareNotices);
}

/** The order merged notices are kept in: by file and position, then kind and text. */
export function compareNotices(a: Notice, b: Notice): number {
  return (
    compareText(a.path ?? '', b.path ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareText(a.kind, b.kind) ||
    compareText(a.ruleId ?? '', b.ruleId ?? '') ||
    compareText(a.message, b.message)
  );
}

/**
 * Files, resources and time add up. Shards of one scanner each run the same rules, so the rule count is
 * the largest among the reports of the same scanners, and the counts of different scanners add up.
 */
function mergeStats(reports: Report[]): Report['stats'] {
  const rulesBySet = new Map<string, number>();
  for (const report of reports) {
    const key = [...report.scanners].sort().join(',');
    rulesBySet.set(key, Math.max(rulesBySet.get(key) ?? 0, report.stats.rulesRun));
  }
  return {
    files: sum(reports.map((report) => report.stats.files)),
    resources: sum(reports.map((report) => report.stats.resources)),
    rulesRun: sum([...rulesBySet.values()]),
    durationMs: sum(reports.map((report) => report.stats.durationMs)),
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
