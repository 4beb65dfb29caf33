import path from 'node:path';
import type { Location } from '../../core/location';
import type { ConversionContext } from './conversion-context';
import { candidatePaths } from './lockfile-anchors';

/**
 * A file location in the repository for a secret or misconfiguration Trivy found at `target`, when a
 * file there has the reported line (and, when given, the expected text on it); otherwise the image.
 * A whole-file finding (no line) anchors only on the exact path, on its first line.
 */
export function fileOrArtifact(
  context: ConversionContext,
  target: string,
  lines: { start?: number; end?: number; expect?: string },
): Location {
  const contextDir = context.dockerfile ? path.posix.dirname(context.dockerfile.path) : undefined;
  const start = positive(lines.start);
  const candidates =
    start === undefined ? candidatePaths(target, contextDir).slice(0, 1) : candidatePaths(target, contextDir);
  for (const candidate of candidates) {
    const content = context.files.lines(candidate);
    if (!content) continue;
    if (start === undefined) {
      return {
        kind: 'file',
        path: candidate,
        range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: (content[0]?.length ?? 0) + 1 },
      };
    }
    const end = Math.max(start, positive(lines.end) ?? start);
    if (end > content.length) continue;
    if (lines.expect && !(content[start - 1] ?? '').includes(lines.expect)) continue;
    return {
      kind: 'file',
      path: candidate,
      range: {
        startLine: start,
        startColumn: 1,
        endLine: end,
        endColumn: (content[end - 1]?.length ?? 0) + 1,
      },
    };
  }
  const detail = start === undefined ? target : `${target}:${start}`;
  return { kind: 'artifact', name: context.imageKey, detail };
}

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
