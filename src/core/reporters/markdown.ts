import type { GateResult } from '../gate';
import type { Report } from '../report';
import type { RuleMeta } from '../rule';
import { escapeMarkdown } from './markdown-escape';
import {
  blobBase,
  DETAILED_MAX,
  findingKey,
  findingRows,
  findingsSection,
  type Row,
} from './markdown-findings';
import {
  complianceSection,
  countsTable,
  footer,
  noticesSection,
  plural,
  suppressedLine,
  verdictLine,
} from './markdown-sections';

export interface MarkdownOptions {
  title?: string;
  gate?: GateResult;
  /** Default 1,000,000: GitHub refuses a job summary over 1 MiB per step. Sticky comments need 65,536. */
  maxBytes?: number;
  /** `https://github.com/<owner>/<repo>`, with `ref`: findings link to their lines. */
  repositoryUrl?: string;
  ref?: string;
}

export const DEFAULT_MARKDOWN_MAX_BYTES = 1_000_000;
const NOTICES_LISTED = 30;

interface Layout {
  rows: number;
  notices: number;
  compliance: boolean;
}

/**
 * The report for a job summary or a pull request comment. Every string from the report is escaped (it may
 * come from a fork's job). When the whole report does not fit in `maxBytes`, fewer findings are listed
 * (the most severe stay), then notices and the compliance section go, and a note says what was left out.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MARKDOWN_MAX_BYTES;
  const active = report.findings.filter((finding) => !finding.suppression);
  const rules = new Map<string, RuleMeta>();
  for (const meta of report.rules) if (!rules.has(meta.id)) rules.set(meta.id, meta);
  const base = blobBase(options.repositoryUrl, options.ref);
  const rows = findingRows(active, {
    rules,
    blocking: new Set((options.gate?.blocking ?? []).map(findingKey)),
    ...(base ? { blobBase: base } : {}),
  });
  const compose = (layout: Layout) => composeDocument(report, options, { active, rows, rules }, layout);

  const full: Layout = { rows: rows.length, notices: NOTICES_LISTED, compliance: true };
  const whole = compose(full);
  if (fits(whole, maxBytes)) return whole;
  // Findings matter most: when keeping the compliance section and notices leaves no room for a single
  // finding, they go first.
  for (const extras of [full, { ...full, notices: 0, compliance: false }]) {
    const shown = mostRowsThatFit(rows.length, (count) => compose({ ...extras, rows: count }), maxBytes);
    if (shown > 0 || rows.length === 0) {
      const text = compose({ ...extras, rows: shown });
      if (fits(text, maxBytes)) return text;
    }
  }
  const bare = compose({ rows: 0, notices: 0, compliance: false });
  if (fits(bare, maxBytes)) return bare;
  return minimal(report, options, active.length, maxBytes);
}

/** Binary search: the text grows with the number of rows. */
function mostRowsThatFit(total: number, compose: (rows: number) => string, maxBytes: number): number {
  let low = 0;
  let high = total;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(compose(middle), maxBytes)) low = middle;
    else high = middle - 1;
  }
  return low;
}

interface Parts {
  active: Report['findings'];
  rows: Row[];
  rules: ReadonlyMap<string, RuleMeta>;
}

function composeDocument(report: Report, options: MarkdownOptions, parts: Parts, layout: Layout): string {
  const { active, rows } = parts;
  const grouped = active.length > DETAILED_MAX;
  const sections = [
    `## ${escapeMarkdown(options.title ?? 'cloudgate', 200)}`,
    verdictLine(active, options.gate),
    countsTable(active, report.findings.length - active.length),
  ];
  const note = truncationNote(rows, layout, report.notices.length);
  if (note) sections.push(note);
  if (rows.length > 0 && layout.rows > 0) {
    const intro = [
      '### Findings',
      grouped ? `${plural(active.length, 'finding')}, grouped by rule and resource.` : '',
      options.gate && !options.gate.passed ? '⛔ marks what blocks the merge.' : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    sections.push(`${intro}\n\n${findingsSection(rows, layout.rows, grouped)}`);
  }
  const compliance = layout.compliance ? complianceSection(active, parts.rules) : undefined;
  if (compliance) sections.push(compliance);
  const notices = layout.notices > 0 ? noticesSection(report.notices, layout.notices) : undefined;
  if (notices) sections.push(notices);
  const suppressed = suppressedLine(report.findings);
  if (suppressed) sections.push(suppressed);
  sections.push(footer(report));
  return `${sections.join('\n\n')}\n`;
}

function truncationNote(rows: Row[], layout: Layout, notices: number): string | undefined {
  const hiddenFindings = rows.slice(layout.rows).reduce((sum, row) => sum + row.findings, 0);
  // The notices section says itself how many it does not list; only a section left out needs the note.
  const hiddenNotices = layout.notices === 0 ? notices : 0;
  const left: string[] = [];
  if (hiddenFindings > 0) {
    left.push(
      layout.rows === 0
        ? `all ${plural(hiddenFindings, 'finding')}`
        : `the ${plural(hiddenFindings, 'least severe finding')}`,
    );
  }
  if (hiddenNotices > 0) left.push(plural(hiddenNotices, 'notice'));
  if (!layout.compliance) left.push('the compliance section');
  if (left.length === 0) return undefined;
  return `> [!WARNING]\n> Shortened to stay under the size limit: ${left.join(', ')} left out. The SARIF upload and the JSON report have everything.`;
}

/** Title, verdict and a note, cut to the budget: the last resort for a tiny limit. */
function minimal(report: Report, options: MarkdownOptions, activeCount: number, maxBytes: number): string {
  const text = [
    `## ${escapeMarkdown(options.title ?? 'cloudgate', 100)}`,
    verdictLine(
      report.findings.filter((finding) => !finding.suppression),
      options.gate,
    ),
    `> Shortened to stay under the size limit: all ${plural(activeCount, 'finding')} and ${plural(report.notices.length, 'notice')} left out. The SARIF upload and the JSON report have everything.`,
  ].join('\n\n');
  return cutToBytes(`${text}\n`, maxBytes);
}

/** Cuts at the last line break that fits, never inside a character. */
function cutToBytes(text: string, maxBytes: number): string {
  if (fits(text, maxBytes)) return text;
  const bytes = Buffer.from(text, 'utf8').subarray(0, Math.max(0, maxBytes));
  const decoded = bytes.toString('utf8').replace(/\uFFFD+$/u, '');
  const lastBreak = decoded.lastIndexOf('\n');
  return lastBreak > 0 ? decoded.slice(0, lastBreak + 1) : '';
}

function fits(text: string, maxBytes: number): boolean {
  return Buffer.byteLength(text, 'utf8') <= maxBytes;
}
