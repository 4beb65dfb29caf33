import type { Finding, TextEdit } from '../finding';
import type { DiffIndex } from './diff';

export interface Suggestion {
  startLine: number;
  endLine: number;
  /** The new text of lines startLine..endLine, without the final newline. */
  text: string;
}

/**
 * A ```suggestion block replaces whole lines start..end of the new file, so a fix becomes one when all its
 * edits are in the finding's file and the lines they touch sit in one hunk of the diff (GitHub refuses
 * suggestions elsewhere).
 */
export function buildSuggestion(
  finding: Finding,
  diff: DiffIndex,
  fileLines: (path: string) => string[] | undefined,
): Suggestion | undefined {
  const fix = finding.fix;
  if (!fix || fix.edits.length === 0 || finding.location.kind !== 'file') return undefined;
  const path = finding.location.path;
  if (fix.edits.some((edit) => edit.path !== path)) return undefined;
  const startLine = Math.min(...fix.edits.map((edit) => edit.range.startLine));
  const endLine = Math.max(...fix.edits.map(lastTouchedLine));
  if (!(startLine >= 1) || endLine < startLine || !diff.isRangeCommentable(path, startLine, endLine))
    return undefined;
  const lines = fileLines(path);
  if (!lines || endLine > lines.length) return undefined;
  const region = `${lines.slice(startLine - 1, endLine).join('\n')}\n`;
  const offsets = lineOffsets(lines, startLine, endLine);
  const edits = fix.edits
    .map((edit) => ({
      edit,
      from: offsetOf(offsets, edit.range.startLine, edit.range.startColumn, region.length),
      to: offsetOf(offsets, edit.range.endLine, edit.range.endColumn, region.length),
    }))
    .sort((a, b) => b.from - a.from);
  if (edits.some(({ from, to }) => to < from) || overlaps(edits)) return undefined;
  let text = region;
  for (const { edit, from, to } of edits) text = text.slice(0, from) + edit.replacement + text.slice(to);
  return { startLine, endLine, text: text.endsWith('\n') ? text.slice(0, -1) : text };
}

/** An edit ending at column 1 of a later line stops before that line. */
function lastTouchedLine(edit: TextEdit): number {
  const { startLine, endLine, endColumn } = edit.range;
  return endColumn <= 1 && endLine > startLine ? endLine - 1 : endLine;
}

function lineOffsets(
  lines: string[],
  startLine: number,
  endLine: number,
): Map<number, { offset: number; length: number }> {
  const offsets = new Map<number, { offset: number; length: number }>();
  let offset = 0;
  for (let line = startLine; line <= endLine; line++) {
    const length = lines[line - 1]!.length;
    offsets.set(line, { offset, length });
    offset += length + 1;
  }
  offsets.set(endLine + 1, { offset, length: 0 });
  return offsets;
}

function offsetOf(
  offsets: Map<number, { offset: number; length: number }>,
  line: number,
  column: number,
  end: number,
): number {
  const entry = offsets.get(line);
  if (!entry) return end + 1;
  return entry.offset + Math.min(Math.max(column, 1) - 1, entry.length);
}

function overlaps(edits: { from: number; to: number }[]): boolean {
  // Sorted by start, descending: each edit must end at or before the start of the one after it.
  return edits.some((current, index) => index > 0 && current.to > edits[index - 1]!.from);
}
