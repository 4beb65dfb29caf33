import type { Finding } from '../finding';
import type { RuleMeta } from '../rule';
import { compareSeverity, type Severity } from '../severity';
import { compareFindings } from '../engine';
import type { DiffIndex } from './diff';
import type { Annotation } from './runner-io';

/** GitHub shows at most 10 error and 10 warning annotations of a step (and drops the rest silently). */
export const ANNOTATIONS_PER_LEVEL = 10;

const LEVEL: Record<Severity, Annotation['level']> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
  info: 'notice',
};

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings that qualified but did not fit in GitHub's limits. */
  omitted: number;
}

/**
 * Workflow-command annotations for the most severe active findings in files the pull request changed
 * (every file when there is no pull request), within GitHub's per-step limits.
 */
export function planAnnotations(
  findings: Finding[],
  rules: ReadonlyMap<string, RuleMeta>,
  diff?: DiffIndex,
): AnnotationPlan {
  const candidates = findings
    .filter((finding) => !finding.suppression && finding.location.kind === 'file')
    .filter(
      (finding) =>
        !diff || (finding.location.kind === 'file' && diff.file(finding.location.path) !== undefined),
    )
    .sort((a, b) => compareSeverity(b.severity, a.severity) || compareFindings(a, b));
  const used: Record<Annotation['level'], number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  for (const finding of candidates) {
    const level = LEVEL[finding.severity];
    if (used[level] >= ANNOTATIONS_PER_LEVEL || finding.location.kind !== 'file') continue;
    used[level]++;
    const { path, range } = finding.location;
    const title = `${finding.ruleId}: ${rules.get(finding.ruleId)?.title ?? finding.severity}`;
    annotations.push({
      level,
      title: oneLine(title, 255),
      message: oneLine(`[${finding.severity}] ${finding.message}`, 4000),
      file: path,
      startLine: range.startLine,
      endLine: Math.max(range.startLine, range.endLine),
      ...(range.startLine === range.endLine
        ? { startColumn: range.startColumn, endColumn: range.endColumn }
        : {}),
    });
  }
  return { annotations, omitted: candidates.length - annotations.length };
}

function oneLine(text: string, max: number): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
