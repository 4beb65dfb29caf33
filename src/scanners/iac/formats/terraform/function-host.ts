import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { readTextFile } from '../../files/read-file';
import { toRelative } from '../../files/walk';
import type { FunctionHost } from './env';
import { EvalError } from './values';

/**
 * Files that `file()`, `templatefile()` and friends may read: only inside the scan
 * root (a configuration must not make the scanner read /etc/passwd or a home
 * folder), relative to the root module's folder as Terraform resolves them.
 */
export function createFunctionHost(
  scanRoot: string,
  rootDir: string,
  unsupported: (name: string) => void,
): FunctionHost {
  const texts = new Map<string, string>();
  // Resolved on first use: most root modules read no file at all.
  let realRoot: string | undefined;
  const locate = (file: string): { absolute: string; relative: string } => {
    realRoot ??= safeRealpath(scanRoot) ?? scanRoot;
    const absolute = path.resolve(scanRoot, rootDir, file);
    const real = safeRealpath(absolute) ?? absolute;
    const relative = toRelative(realRoot, real);
    if (relative === undefined) {
      const linked = toRelative(path.resolve(scanRoot), absolute) !== undefined;
      throw new EvalError(
        linked
          ? `${file} leads out of the scan root through a symbolic link and is not read`
          : `${file} is outside the scan root and is not read`,
      );
    }
    return { absolute: real, relative };
  };
  return {
    readFile(file) {
      const { absolute, relative } = locate(file);
      const cached = texts.get(absolute);
      if (cached !== undefined) return cached;
      const read = readTextFile(absolute, relative);
      if ('notice' in read) throw new EvalError(`${file}: ${read.notice.message}`);
      if ('binary' in read) throw new EvalError(`${file} is a binary file`);
      texts.set(absolute, read.text);
      return read.text;
    },
    fileExists(file) {
      const { absolute } = locate(file);
      return existsSync(absolute) && statSync(absolute).isFile();
    },
    unsupported,
  };
}

function safeRealpath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}
