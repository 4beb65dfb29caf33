import type { Finding } from '../finding';
import type { RuleMeta, Scanner } from '../rule';
import { compareSeverity } from '../severity';
import { compareFindings } from '../engine';
import type { DiffIndex } from './diff';
import { isMarkedResolved } from './markers';
import { reviewCommentBody } from './review-comment';
import { buildSuggestion } from './suggestion';

/** One of our earlier inline comments, recognised by its hidden fingerprint marker. */
export interface ExistingComment {
  id: number;
  path: string;
  /** null once GitHub considers the comment outdated. */
  line: number | null;
  body: string;
  fingerprint: string;
  scanner?: Scanner;
}

export interface PlannedComment {
  finding: Finding;
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
  /** Our comments whose finding is gone: their threads get resolved. */
  stale: ExistingComment[];
}

export interface PlanInput {
  findings: Finding[];
  diff: DiffIndex;
  existing: ExistingComment[];
  maxComments: number;
  /** Scanners this report covers: comments of other scanners (another job's) are left alone. */
  scanners: readonly Scanner[];
  rules: ReadonlyMap<string, RuleMeta>;
  /** The new file's lines, for suggestions; undefined when the checkout is not the pull request head. */
  fileLines?: (path: string) => string[] | undefined;
}

/**
 * Decides what one run writes: a comment for each active finding on a line the pull request changed that
 * has none yet (most severe first, up to the cap), and which earlier comments are stale. Pure.
 */
export function planReview(input: PlanInput): ReviewPlan {
  const plan: ReviewPlan = { comments: [], alreadyCommented: [], overCap: [], outsideDiff: [], stale: [] };
  const active = input.findings.filter((finding) => !finding.suppression);
  const commented = new Set(input.existing.map((comment) => comment.fingerprint));
  const ordered = [...active].sort(
    (a, b) => compareSeverity(b.severity, a.severity) || compareFindings(a, b),
  );
  const suggested = new Set<string>();
  for (const finding of ordered) {
    const placed = place(finding, input, suggested);
    if (!placed) plan.outsideDiff.push(finding);
    else if (commented.has(finding.fingerprint)) plan.alreadyCommented.push(finding);
    else if (plan.comments.length >= input.maxComments) plan.overCap.push(finding);
    else plan.comments.push(placed);
  }
  const present = new Set(active.map((finding) => finding.fingerprint));
  plan.stale = input.existing.filter(
    (comment) =>
      !present.has(comment.fingerprint) &&
      (comment.scanner === undefined || input.scanners.includes(comment.scanner)) &&
      !isMarkedResolved(comment.body),
  );
  return plan;
}

/** GitHub applies one suggestion per line in a batch: a later finding on the same lines gets none. */
function place(finding: Finding, input: PlanInput, suggested: Set<string>): PlannedComment | undefined {
  if (finding.location.kind !== 'file') return undefined;
  const { path, range } = finding.location;
  if (!input.diff.isAdded(path, range.startLine)) return undefined;
  const meta = input.rules.get(finding.ruleId);
  let suggestion = input.fileLines ? buildSuggestion(finding, input.diff, input.fileLines) : undefined;
  if (suggestion) {
    const lines = Array.from(
      { length: suggestion.endLine - suggestion.startLine + 1 },
      (_, i) => `${path}:${suggestion!.startLine + i}`,
    );
    if (lines.some((line) => suggested.has(line))) suggestion = undefined;
    else lines.forEach((line) => suggested.add(line));
  }
  const body = reviewCommentBody(finding, meta, suggestion);
  if (suggestion) {
    return {
      finding,
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
    ? { finding, path, line: range.endLine, startLine: range.startLine, side: 'RIGHT', body }
    : { finding, path, line: range.startLine, side: 'RIGHT', body };
}
