import type { Finding } from '../finding';
import { describeNotice } from '../notice';
import type { Location } from '../location';
import type { Report } from '../report';
import { compareSeverity, SEVERITIES } from '../severity';

export interface TableOptions {
  /** ANSI colours; the CLI asks for them only on a terminal without NO_COLOR. */
  color: boolean;
}

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  critical: '\u001b[1;35m',
  high: '\u001b[31m',
  medium: '\u001b[33m',
  low: '\u001b[36m',
  info: '\u001b[2m',
} as const;

/**
 * Findings for a terminal, grouped by file (or cloud account, or image): severity, rule, line and message.
 * Suppressed findings are counted, not listed; notices are listed, except skipped files, which are counted.
 */
export function renderTable(report: Report, options: TableOptions): string {
  const paint = (style: keyof typeof ANSI, text: string) =>
    options.color ? `${ANSI[style]}${text}${ANSI.reset}` : text;
  const active = report.findings.filter((finding) => !finding.suppression);
  const lines: string[] = [];
  for (const [where, findings] of groupByWhere(active)) {
    lines.push(paint('bold', clean(where)));
    lines.push(...findingRows(findings, paint), '');
  }
  const listed = report.notices.filter((notice) => notice.kind !== 'skipped');
  if (listed.length > 0) {
    lines.push(paint('bold', `Notices (${listed.length})`));
    for (const notice of listed) lines.push(`  ${clean(describeNotice(notice))}`);
    lines.push('');
  }
  lines.push(totals(report, active, paint));
  return `${lines.join('\n')}\n`;
}

type Paint = (style: keyof typeof ANSI, text: string) => string;

function findingRows(findings: Finding[], paint: Paint): string[] {
  const rows = [...findings]
    .sort((a, b) => lineOf(a) - lineOf(b) || compareSeverity(b.severity, a.severity))
    .map((finding) => ({
      severity: finding.severity,
      cells: [
        finding.severity.toUpperCase(),
        clean(finding.ruleId),
        position(finding),
        clean(finding.message),
      ],
    }));
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row.cells[column]!.length)));
  return rows.map(({ severity, cells }) => {
    const [label, rule, where, message] = cells as [string, string, string, string];
    const padded = [
      paint(severity, label.padEnd(widths[0]!)),
      rule.padEnd(widths[1]!),
      paint('dim', where.padEnd(widths[2]!)),
    ];
    return `  ${padded.join('  ')}  ${message}`;
  });
}

function groupByWhere(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = whereOf(finding.location);
    const group = groups.get(key) ?? [];
    group.push(finding);
    groups.set(key, group);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function whereOf(location: Location): string {
  switch (location.kind) {
    case 'file':
      return location.path;
    case 'cloud':
      return `${location.provider} account ${location.account}${location.region ? ` (${location.region})` : ''}`;
    case 'artifact':
      return location.name;
  }
}

function position(finding: Finding): string {
  const location = finding.location;
  if (location.kind === 'file') return `${location.range.startLine}:${location.range.startColumn}`;
  if (location.kind === 'cloud') return location.resourceId;
  return location.detail ?? '-';
}

function lineOf(finding: Finding): number {
  return finding.location.kind === 'file' ? finding.location.range.startLine : 0;
}

function totals(report: Report, active: Finding[], paint: Paint): string {
  const counts = SEVERITIES.map(
    (severity) => [severity, active.filter((finding) => finding.severity === severity).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => paint(severity, `${count} ${severity}`));
  const found =
    active.length === 0 ? 'No findings' : `${plural(active.length, 'finding')} (${counts.join(', ')})`;
  const parts = [found];
  const suppressed = report.findings.length - active.length;
  if (suppressed > 0) parts.push(`${suppressed} suppressed`);
  const skipped = report.notices.filter((notice) => notice.kind === 'skipped').length;
  if (skipped > 0) parts.push(`${plural(skipped, 'file')} skipped (see --format json)`);
  const { files, resources, rulesRun, durationMs } = report.stats;
  parts.push(
    `${plural(files, 'file')}, ${plural(resources, 'resource')}, ${plural(rulesRun, 'rule')} in ${(durationMs / 1000).toFixed(2)} s`,
  );
  return paint('bold', parts.join(' · '));
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Report strings reach the terminal as they are, so escape sequences and control characters in them (a
 * message built from a hostile file name) are made visible instead of being run by the terminal.
 */
function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (char) =>
    char === '\n' || char === '\t' ? ' ' : `\\u{${char.codePointAt(0)!.toString(16)}}`,
  );
}
