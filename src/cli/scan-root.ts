import { statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/errors';

/**
 * The scan root is what report paths are relative to: --root when given, else the
 * current folder; a single folder outside the current folder becomes the root itself.
 */
export function resolveScanRoot(
  rootOption: string | undefined,
  positionals: string[],
): { root: string; paths: string[] } {
  const cwd = process.cwd();
  let root = path.resolve(rootOption ?? cwd);
  if (!rootOption && positionals.length === 1 && isOutside(cwd, path.resolve(positionals[0]!))) {
    root = path.resolve(positionals[0]!);
    return { root, paths: [] };
  }
  const paths = positionals.map((given) => {
    const absolute = path.resolve(given);
    try {
      statSync(absolute);
    } catch {
      throw new UserError(
        `${given} does not exist`,
        'Pass files or folders to scan, or none to scan the current folder.',
      );
    }
    if (isOutside(root, absolute)) {
      throw new UserError(
        `${given} is outside the scan root ${root}`,
        'Pass --root with a folder that contains every path.',
      );
    }
    return path.relative(root, absolute) || '.';
  });
  return { root, paths };
}

function isOutside(root: string, absolute: string): boolean {
  const relative = path.relative(root, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative);
}
