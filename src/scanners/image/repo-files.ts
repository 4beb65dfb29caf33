import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Read access to the repository, for anchoring findings on files that exist there. */
export interface RepoFiles {
  /** The lines of a file relative to the repository root, or undefined when it is not a readable text file. */
  lines(relativePath: string): string[] | undefined;
}

const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Only paths inside the root resolve, so a report cannot point cloudgate at /etc/passwd. */
export function repoFiles(root: string): RepoFiles {
  const absoluteRoot = path.resolve(root);
  const cache = new Map<string, string[] | undefined>();
  return {
    lines(relativePath) {
      const normalised = normaliseRelative(relativePath);
      if (normalised === undefined) return undefined;
      if (!cache.has(normalised)) cache.set(normalised, read(path.join(absoluteRoot, normalised)));
      return cache.get(normalised);
    },
  };
}

function read(file: string): string[] | undefined {
  try {
    const stat = statSync(file);
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return undefined;
    return readFileSync(file, 'utf8').split(/\r?\n/);
  } catch {
    return undefined;
  }
}

/** A repository-relative path with forward slashes, or undefined when it would leave the root. */
export function normaliseRelative(relativePath: string): string | undefined {
  const posix = relativePath.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (posix === '' || posix.startsWith('/') || /^[A-Za-z]:/.test(posix)) return undefined;
  const normalised = path.posix.normalize(posix);
  if (normalised === '..' || normalised.startsWith('../')) return undefined;
  return normalised;
}

export const NO_REPO_FILES: RepoFiles = { lines: () => undefined };
