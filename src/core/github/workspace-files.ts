import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Lines of files in a checkout, for suggestions; paths outside it (or too large) give undefined. */
export function workspaceLines(root: string): (relative: string) => string[] | undefined {
  const cache = new Map<string, string[] | undefined>();
  const base = path.resolve(root);
  return (relative) => {
    if (cache.has(relative)) return cache.get(relative);
    const file = path.resolve(base, relative);
    let lines: string[] | undefined;
    if (!path.isAbsolute(relative) && file.startsWith(`${base}${path.sep}`)) {
      try {
        if (statSync(file).size <= MAX_FILE_BYTES)
          lines = readFileSync(file, 'utf8')
            .split('\n')
            .map((line) => line.replace(/\r$/, ''));
      } catch {
        lines = undefined;
      }
    }
    cache.set(relative, lines);
    return lines;
  };
}
