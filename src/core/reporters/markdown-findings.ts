import type { Finding } from '../finding';
import type { RuleMeta } from '../rule';
import { SEVERITIES, type Severity } from '../severity';
import { codeHtml, escapeMarkdown, safeLinkUrl } from './markdown-escape';
import { encodeRelativePath } from './sarif-locations';

export const SEVERITY_LABEL: Record<Severity, string> = {
  critical: '🔴 Critical',
  high: '🟠 High',
  medium: '🟡 Medium',
  low: '🔵 Low',
  info: '⚪ Info',
};

/** Above this many findings, rows are (rule, resource) pairs with a count instead of single findings. */
export const DETAILED_MAX = 40;
/** Groups with more rows than this are folded into a <details> element. */
const OPEN_ROWS_MAX = 10;

export interface FindingsContext {
  rules: ReadonlyMap<string, RuleMeta>;
  /** Keys (findingKey) of the findings that fail the gate. */
  blocking: ReadonlySet<string>;
  /** `https://github.com/<owner>/<repo>/blob/<ref>/`, when both were given and are safe. */
  blobBase?: string;
}

/** Identifies a finding across copies of a report (the gate may have been evaluated on another copy). */
export function findingKey(finding: Finding): string {
  return `${finding.scanner}\u0000${finding.fingerprint}`;
}

export interface Row {
  severity: Severity;
  /** How many findings the row stands for. */
  findings: number;
  cells: string[];
}

/** One row per finding, or per (rule, resource) when there are many, in severity order. */
export function findingRows(findings: Finding[], context: FindingsContext): Row[] {
  const grouped = findings.length > DETAILED_MAX;
  const rows: Row[] = [];
  for (const severity of SEVERITIES) {
    const ofSeverity = findings.filter((finding) => finding.severity === severity);
    if (grouped) rows.push(...groupedRows(severity, ofSeverity, context));
    else rows.push(...ofSeverity.map((finding) => detailedRow(finding, context)));
  }
  return rows;
}

export function rowHeader(grouped: boolean): string {
  return grouped
    ? '| Rule | Resource | Findings | First location |\n| --- | --- | ---: | --- |'
    : '| Rule | Resource | Location | Message |\n| --- | --- | --- | --- |';
}

/** The rows shown, laid out per severity; `shown` limits how many rows make it in. */
export function findingsSection(rows: Row[], shown: number, grouped: boolean): string {
  const parts: string[] = [];
  const visible = rows.slice(0, shown);
  for (const severity of SEVERITIES) {
    const own = visible.filter((row) => row.severity === severity);
    if (own.length === 0) continue;
    const total = rows.filter((row) => row.severity === severity).reduce((sum, row) => sum + row.findings, 0);
    const table = `${rowHeader(grouped)}\n${own.map((row) => `| ${row.cells.join(' | ')} |`).join('\n')}`;
    const heading = `#### ${SEVERITY_LABEL[severity]} (${total})`;
    parts.push(
      own.length > OPEN_ROWS_MAX
        ? `${heading}\n\n<details><summary>Show ${own.length} ${grouped ? 'groups' : 'findings'}</summary>\n\n${table}\n\n</details>`
        : `${heading}\n\n${table}`,
    );
  }
  return parts.join('\n\n');
}

function detailedRow(finding: Finding, context: FindingsContext): Row {
  return {
    severity: finding.severity,
    findings: 1,
    cells: [
      ruleCell(finding, context),
      escapeMarkdown(finding.resource, 200),
      locationCell(finding, context),
      escapeMarkdown(finding.message, 400),
    ],
  };
}

function groupedRows(severity: Severity, findings: Finding[], context: FindingsContext): Row[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.ruleId}\u0000${finding.resource}`;
    const group = groups.get(key) ?? [];
    group.push(finding);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    return {
      severity,
      findings: group.length,
      cells: [
        ruleCell(first, context),
        escapeMarkdown(first.resource, 200),
        String(group.length),
        locationCell(first, context),
      ],
    };
  });
}

function ruleCell(finding: Finding, context: FindingsContext): string {
  const mark = !finding.suppression && context.blocking.has(findingKey(finding)) ? '⛔ ' : '';
  const help = context.rules.get(finding.ruleId)?.links[0];
  const safe = help === undefined ? undefined : safeLinkUrl(help);
  const code = codeHtml(finding.ruleId, 120);
  return `${mark}${safe ? `[${code}](${safe})` : code}`;
}

function locationCell(finding: Finding, context: FindingsContext): string {
  const location = finding.location;
  switch (location.kind) {
    case 'file': {
      const { startLine, endLine } = location.range;
      const label = escapeMarkdown(`${location.path}:${startLine}`, 200);
      const path = encodeRelativePath(location.path.split('/'));
      if (!context.blobBase || !path) return label;
      const anchor = endLine > startLine ? `#L${startLine}-L${endLine}` : `#L${startLine}`;
      return `[${label}](${context.blobBase}${path}${anchor})`;
    }
    case 'cloud':
      return escapeMarkdown(
        [location.provider, location.account, location.region ?? 'global', location.resourceId].join('/'),
        200,
      );
    case 'artifact':
      return escapeMarkdown(location.detail ? `${location.name} (${location.detail})` : location.name, 200);
  }
}

/** The base of links to files at the scanned commit, or undefined when the inputs are missing or unsafe. */
export function blobBase(repositoryUrl: string | undefined, ref: string | undefined): string | undefined {
  if (!repositoryUrl || !ref) return undefined;
  const base = safeLinkUrl(repositoryUrl.replace(/\/+$/, ''));
  const encodedRef = encodeRelativePath(ref.split('/'));
  if (!base || !encodedRef || ref.split('/').includes('..')) return undefined;
  return `${base}/blob/${encodedRef}/`;
}
