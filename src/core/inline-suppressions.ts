import type { Finding } from './finding';
import type { Notice } from './notice';
import type { RuleMeta } from './rule';
import { isCalendarDate } from './config-schema';
import { hasExpired } from './config-suppressions';

export interface InlineContext {
  lineText(path: string, line: number): string;
  /** A scanned file's whole text; when given, files without a suppression comment are passed over at once. */
  fileText?(path: string): string | undefined;
  /** First and last line of the resource a finding is on, when known. */
  resourceLines(path: string, address: string): { start: number; end: number } | undefined;
  today: Date;
}

interface Directive {
  ids: string[];
  reason: string;
  until?: string;
  tool: 'cloudgate' | 'checkov' | 'tfsec' | 'trivy';
  /** checkov reads its skips anywhere inside the resource; the others bind to a line. */
  resourceWide: boolean;
}

const CLOUDGATE = /cloudgate:ignore\s+([\w.,*-]+)((?:\s+until=\S+)?)\s*(.*)$/;
const CHECKOV = /checkov:skip=([\w-]+)(?::(.*))?/;
const TFSEC_TRIVY = /(tfsec|trivy):ignore:([\w-]+)(?::exp:(\d{4}-\d{2}-\d{2}))?/g;

/**
 * Applies suppression comments written in the scanned files. `cloudgate:ignore <rule-id> [until=YYYY-MM-DD] <reason>`
 * on the finding's line, the line above it, or on/above the resource's first line; the skip comments of
 * checkov, tfsec and Trivy are honoured through each rule's aliases so teams can migrate without rewriting them.
 */
export function applyInlineSuppressions(
  findings: Finding[],
  rules: readonly { meta: RuleMeta }[],
  context: InlineContext,
): { findings: Finding[]; notices: Notice[] } {
  const metaById = new Map(rules.map((rule) => [rule.meta.id, rule.meta]));
  const notices: Notice[] = [];
  const reported = new Set<string>();
  const reader = new DirectiveReader(context);
  for (const finding of findings) {
    if (finding.location.kind !== 'file' || finding.suppression) continue;
    const { path, range } = finding.location;
    if (!reader.mayHoldDirectives(path)) continue;
    const resource = context.resourceLines(path, finding.resource);
    for (const line of reader.candidateLines(path, range.startLine, resource)) {
      const directive = reader.directiveAt(path, line);
      if (!directive || !matches(directive, metaById.get(finding.ruleId), finding.ruleId)) continue;
      const problem = checkDirective(directive, context.today);
      if (problem) {
        const key = `${path}:${line}`;
        if (!reported.has(key)) notices.push({ kind: 'config', path, line, message: problem });
        reported.add(key);
        continue;
      }
      finding.suppression = { kind: 'inline', reason: directive.reason, source: `${path}:${line}` };
      break;
    }
  }
  return { findings, notices };
}

/** Whether a file's text may hold a suppression comment; false means it certainly holds none. */
export function mayHoldDirectives(text: string): boolean {
  // Every form contains ":ignore" or ":skip=", which are several times quicker to search for than the forms.
  return text.includes(':ignore') || text.includes(':skip=');
}

/**
 * Reads each line at most once, however many findings share it (one resource with thousands of
 * findings, or a minified file on a single line), so the cost stays linear in findings plus lines.
 */
class DirectiveReader {
  private readonly parsed = new Map<string, Map<number, Directive | null>>();
  private readonly resourceWide = new Map<string, number[]>();
  private readonly filesWithDirectives = new Map<string, boolean>();

  constructor(private readonly context: InlineContext) {}

  /** Most files hold no suppression comment: one search of their text spares a lookup per finding. */
  mayHoldDirectives(path: string): boolean {
    if (!this.context.fileText) return true;
    let holds = this.filesWithDirectives.get(path);
    if (holds === undefined) {
      holds = mayHoldDirectives(this.context.fileText(path) ?? '');
      this.filesWithDirectives.set(path, holds);
    }
    return holds;
  }

  directiveAt(path: string, line: number): Directive | undefined {
    let lines = this.parsed.get(path);
    if (!lines) this.parsed.set(path, (lines = new Map()));
    let directive = lines.get(line);
    if (directive === undefined) {
      directive = parseDirective(this.context.lineText(path, line)) ?? null;
      lines.set(line, directive);
    }
    return directive ?? undefined;
  }

  /** The finding's line and the one above, the resource's first line and the one above, and resource-wide skips inside it. */
  candidateLines(
    path: string,
    findingLine: number,
    resource: { start: number; end: number } | undefined,
  ): number[] {
    const lines = new Set([findingLine, findingLine - 1]);
    if (resource) {
      lines.add(resource.start).add(resource.start - 1);
      for (const line of this.resourceWideLines(path, resource)) lines.add(line);
    }
    return [...lines].filter((line) => line >= 1).sort((a, b) => a - b);
  }

  private resourceWideLines(path: string, resource: { start: number; end: number }): number[] {
    const key = `${path}\0${resource.start}\0${resource.end}`;
    let lines = this.resourceWide.get(key);
    if (!lines) {
      lines = [];
      for (let line = resource.start; line <= resource.end; line++) {
        if (this.directiveAt(path, line)?.resourceWide) lines.push(line);
      }
      this.resourceWide.set(key, lines);
    }
    return lines;
  }
}

export function parseDirective(line: string): Directive | undefined {
  if (!mentionsDirective(line)) return undefined;
  const own = CLOUDGATE.exec(line);
  if (own) {
    const until = own[2]?.trim().replace(/^until=/, '');
    return {
      ids: own[1]!.split(',').filter(Boolean),
      reason: own[3]!.replace(/\s*(\*\/|-->)\s*$/, '').trim(),
      ...(until ? { until } : {}),
      tool: 'cloudgate',
      resourceWide: false,
    };
  }
  const checkov = CHECKOV.exec(line);
  if (checkov) {
    return {
      ids: [checkov[1]!],
      reason: checkov[2]?.trim() || 'skipped with a checkov comment',
      tool: 'checkov',
      resourceWide: true,
    };
  }
  const others = [...line.matchAll(TFSEC_TRIVY)];
  if (others.length > 0) {
    const first = others[0]!;
    return {
      ids: others.map((match) => match[2]!),
      reason: `ignored with a ${first[1]} comment`,
      ...(first[3] ? { until: first[3] } : {}),
      tool: first[1] as 'tfsec' | 'trivy',
      resourceWide: false,
    };
  }
  return undefined;
}

/** Every form names its tool followed by a colon; most text holds none, and is passed over cheaply. */
function mentionsDirective(text: string): boolean {
  return text.includes('cloudgate:ignore') || text.includes('checkov:skip=') || text.includes(':ignore:');
}

function matches(directive: Directive, meta: RuleMeta | undefined, ruleId: string): boolean {
  return directive.ids.some((id) => {
    if (id === '*' && directive.tool === 'cloudgate') return true;
    if (id === ruleId) return true;
    const lower = id.toLowerCase();
    return meta?.aliases.some((alias) => alias.toLowerCase() === lower) ?? false;
  });
}

function checkDirective(directive: Directive, today: Date): string | undefined {
  if (directive.tool === 'cloudgate' && directive.reason.length === 0) {
    return `cloudgate:ignore needs a reason after the rule id, e.g. "cloudgate:ignore ${directive.ids[0]} public website bucket"; the finding still counts`;
  }
  if (directive.until) {
    if (!isCalendarDate(directive.until))
      return `"until=${directive.until}" is not a date (YYYY-MM-DD); the finding still counts`;
    if (hasExpired(directive.until, today))
      return `suppression expired on ${directive.until}; the finding counts again`;
  }
  return undefined;
}
