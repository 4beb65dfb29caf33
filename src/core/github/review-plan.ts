import type { Finding } from '../finding';
import type { RuleMeta, Scanner } from '../rule';
import { compareSeverity } from '../severity';
import { compareFindings } from '../engine';
import type { DiffIndex } from './diff';
import { isMarkedResolved } from './markers';
import { groupedCommentBody, reviewCommentBody } from './review-comment';
import { buildSuggestion, type Suggestion } from './suggestion';

/** One of our earlier inline comments, recognised by the fingerprints in its hidden marker. */
export interface ExistingComment {
  id: number;
  path: string;
  /** null once GitHub considers the comment outdated. */
  line: number | null;
  body: string;
  /** The findings the comment is about: one, or all of those it grouped on its line. */
  fingerprints: string[];
  scanner?: Scanner;
}

export interface PlannedComment {
  /** Most severe first; more than one when several findings share the line. */
  findings: Finding[];
  path: string;
  line: number;
  startLine?: number;
  side: 'RIGHT';
  body: string;
}

export interface ReviewPlan {
  comments: PlannedComment[];
  /** Findings that already have a comment from an earlier run. */
  alreadyCommented: Finding[];
  /** On changed lines, but beyond the per-run cap. */
  overCap: Finding[];
  /** Not on a line this pull request changed: never inline (GitHub would refuse the review). */
  outsideDiff: Finding[];
  /** Our comments none of whose findings is left: their threads get resolved. */
  stale: ExistingComment[];
}

export interface PlanInput {
  findings: Finding[];
  diff: DiffIndex;
  existing: ExistingComment[];
  /** Most comments one run writes (a comment that groups a line's findings counts once). */
  maxComments: number;
  /** Scanners this report covers: comments of other scanners (another job's) are left alone. */
  scanners: readonly Scanner[];
  rules: ReadonlyMap<string, RuleMeta>;
  /** The new file's lines, for suggestions; undefined when the checkout is not the pull request head. */
  fileLines?: (path: string) => string[] | undefined;
}

/**
 * Findings per comment at most: their fingerprints must all fit in the comment's hidden marker (about
 * 33 characters each) under GitHub's 65,536 characters, beside the listing. A line with more gets more
 * comments, so every finding is still recognised on the next run.
 */
export const MAX_FINDINGS_PER_COMMENT = 1000;

/**
 * Decides what one run writes: for each changed line with active findings that have no comment yet, one
 * comment listing them (most severe lines first, up to the cap), and which earlier comments are stale.
 * One comment per line, not per finding: an old base image brings hundreds of advisories to one FROM line.
 * Pure.
 */
export function planReview(input: PlanInput): ReviewPlan {
  const plan: ReviewPlan = { comments: [], alreadyCommented: [], overCap: [], outsideDiff: [], stale: [] };
  const active = input.findings.filter((finding) => !finding.suppression);
  const commented = new Set(input.existing.flatMap((comment) => comment.fingerprints));
  const ordered = [...active].sort(
    (a, b) => compareSeverity(b.severity, a.severity) || compareFindings(a, b),
  );
  // In insertion order: the line of the most severe finding first.
  const lines = new Map<string, Finding[]>();
  for (const finding of ordered) {
    const key = lineKey(finding, input.diff);
    if (key === undefined) plan.outsideDiff.push(finding);
    else if (commented.has(finding.fingerprint)) plan.alreadyCommented.push(finding);
    else if (lines.has(key)) lines.get(key)!.push(finding);
    else lines.set(key, [finding]);
  }
  const suggested = new Set<string>();
  for (const findings of lines.values()) {
    for (let start = 0; start < findings.length; start += MAX_FINDINGS_PER_COMMENT) {
      const chunk = findings.slice(start, start + MAX_FINDINGS_PER_COMMENT);
      if (plan.comments.length >= input.maxComments) plan.overCap.push(...chunk);
      else plan.comments.push(place(chunk, input, suggested));
    }
  }
  const present = new Set(active.map((finding) => finding.fingerprint));
  plan.stale = input.existing.filter(
    (comment) =>
      !comment.fingerprints.some((fingerprint) => present.has(fingerprint)) &&
      (comment.scanner === undefined || input.scanners.includes(comment.scanner)) &&
      !isMarkedResolved(comment.body),
  );
  return plan;
}

/** Where a finding's comment goes: its file and first line, when the pull request changed that line. */
function lineKey(finding: Finding, diff: DiffIndex): string | undefined {
  if (finding.location.kind !== 'file') return undefined;
  const { path, range } = finding.location;
  if (!diff.isAdded(path, range.startLine)) return undefined;
  // Per scanner: a comment's marker names one, and each scanner's job resolves only its own comments.
  return `${finding.scanner}\u0000${path}\u0000${range.startLine}`;
}

/**
 * The comment for the findings of one line, placed as its most severe finding asks (its range, or the
 * lines its suggestion replaces). GitHub applies one suggestion per line in a batch: a later comment on
 * the same lines gets none.
 */
function place(findings: Finding[], input: PlanInput, suggested: Set<string>): PlannedComment {
  const lead = findings[0]!;
  if (lead.location.kind !== 'file') throw new Error('only findings in files are placed');
  const { path, range } = lead.location;
  let suggestion: Suggestion | undefined = input.fileLines
    ? buildSuggestion(lead, input.diff, input.fileLines)
    : undefined;
  if (suggestion) {
    const { startLine, endLine } = suggestion;
    const lines = Array.from({ length: endLine - startLine + 1 }, (_, i) => `${path}:${startLine + i}`);
    if (lines.some((line) => suggested.has(line))) suggestion = undefined;
    else lines.forEach((line) => suggested.add(line));
  }
  const body =
    findings.length === 1
      ? reviewCommentBody(lead, input.rules.get(lead.ruleId), suggestion)
      : groupedCommentBody(findings, input.rules, suggestion);
  if (suggestion) {
    return {
      findings,
      path,
      line: suggestion.endLine,
      ...(suggestion.startLine < suggestion.endLine ? { startLine: suggestion.startLine } : {}),
      side: 'RIGHT',
      body,
    };
  }
  const multiLine =
    range.endLine > range.startLine && input.diff.isRangeCommentable(path, range.startLine, range.endLine);
  return multiLine
    ? { findings, path, line: range.endLine, startLine: range.startLine, side: 'RIGHT', body }
    : { findings, path, line: range.startLine, side: 'RIGHT', body };
}
