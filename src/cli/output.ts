import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/errors';

/** Writes to a file (creating its folder) or to standard output. */
export function writeOutput(text: string, file: string | undefined): void {
  if (!file || file === '-') {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    throw new UserError(
      `cannot write ${file}: ${(error as Error).message}`,
      'Check that the folder is writable.',
    );
  }
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
