import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/errors';

/** A report's text: whole, in pieces, or handed piece by piece to `emit` as it is made. */
export type OutputText = string | readonly string[] | ((emit: (piece: string) => void) => void);

/**
 * Writes to a file (creating its folder) or to standard output. A large report may come in pieces,
 * written in chunks of about a mebibyte as they come, without ever being joined into one string:
 * a report of many small pieces (one per SARIF result) then takes a few system calls instead of one
 * per piece, and pieces already written are garbage before the rest is made.
 */
export function writeOutput(text: OutputText, file: string | undefined): void {
  if (!file || file === '-') {
    let last = '';
    writeInChunks(text, (chunk) => {
      process.stdout.write(chunk);
      last = chunk;
    });
    if (!last.endsWith('\n')) process.stdout.write('\n');
    return;
  }
  let descriptor: number;
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    descriptor = openSync(file, 'w');
  } catch (error) {
    throw cannotWrite(file, error);
  }
  try {
    // A string goes to the file without a Buffer copy of it.
    writeInChunks(text, (chunk) => {
      try {
        writeFileSync(descriptor, chunk);
      } catch (error) {
        throw cannotWrite(file, error);
      }
    });
  } finally {
    closeSync(descriptor);
  }
}

function cannotWrite(file: string, error: unknown): UserError {
  return new UserError(
    `cannot write ${file}: ${(error as Error).message}`,
    'Check that the folder is writable.',
  );
}

const CHUNK = 1 << 20;

/** The text's pieces joined into chunks of about a mebibyte, each handed to `write` once it is full. */
function writeInChunks(text: OutputText, write: (chunk: string) => void): void {
  let batch: string[] = [];
  let length = 0;
  const add = (piece: string): void => {
    batch.push(piece);
    length += piece.length;
    if (length < CHUNK) return;
    write(batch.join(''));
    batch = [];
    length = 0;
  };
  if (typeof text === 'string') add(text);
  else if (typeof text === 'function') text(add);
  else for (const piece of text) add(piece);
  if (batch.length > 0) write(batch.join(''));
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
