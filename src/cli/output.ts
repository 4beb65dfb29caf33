import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/errors';

/**
 * Writes to a file (creating its folder) or to standard output. A large report may come in pieces,
 * written one after the other without ever being joined into one string.
 */
export function writeOutput(text: string | readonly string[], file: string | undefined): void {
  const pieces = typeof text === 'string' ? [text] : text;
  if (!file || file === '-') {
    for (const chunk of inChunks(pieces)) process.stdout.write(chunk);
    const last = pieces[pieces.length - 1] ?? '';
    if (!last.endsWith('\n')) process.stdout.write('\n');
    return;
  }
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const descriptor = openSync(file, 'w');
    try {
      // A string goes to the file without a Buffer copy of it.
      for (const chunk of inChunks(pieces)) writeFileSync(descriptor, chunk);
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    throw new UserError(
      `cannot write ${file}: ${(error as Error).message}`,
      'Check that the folder is writable.',
    );
  }
}

const CHUNK = 1 << 20;

/**
 * The pieces joined into chunks of about a mebibyte: a report of many small pieces (one per SARIF
 * result) then takes a few system calls instead of one per piece, and is still never one string.
 */
function* inChunks(pieces: readonly string[]): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length < CHUNK) continue;
    yield batch.join('');
    batch = [];
    length = 0;
  }
  if (batch.length > 0) yield batch.join('');
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
