import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/errors';

/** A report's text: whole, in pieces, or handed piece by piece to `emit` as it is made. */
export type OutputText = string | readonly string[] | ((emit: (piece: string) => void) => void);

/**
 * Writes to a file (creating its folder) or to standard output. A large report may come in pieces,
 * encoded as they come into a buffer that is written each time about a mebibyte is in it, without
 * ever being joined into one string: a report of many small pieces (one per SARIF result) then takes a
 * few system calls instead of one per piece, and pieces already written are garbage before the rest
 * is made.
 */
export function writeOutput(text: OutputText, file: string | undefined): void {
  if (!file || file === '-') {
    let last: number | undefined;
    writeInChunks(text, (chunk) => {
      // The stream may hold on to what it is given, and the buffer is reused: it gets a copy.
      process.stdout.write(Buffer.from(chunk));
      last = chunk[chunk.length - 1]!;
    });
    if (last !== NEWLINE) process.stdout.write('\n');
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

const NEWLINE = 0x0a;
const CHUNK = 1 << 20;
/** Room for a chunk and the piece that fills it: a UTF-16 code unit takes at most three bytes. */
const BUFFER_BYTES = 4 * CHUNK;

/**
 * The text's pieces encoded as UTF-8 straight into one buffer, handed to `write` each time it holds a
 * mebibyte (and the rest at the end). Joining the pieces into strings first, and encoding those for
 * the write, took twice as long for the SARIF of a 5,000-file scan. `write` must be done with the
 * bytes before it returns: the buffer is reused.
 */
function writeInChunks(text: OutputText, write: (chunk: Buffer) => void): void {
  const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  const flush = (): void => {
    if (used > 0) write(buffer.subarray(0, used));
    used = 0;
  };
  // A character outside the BMP split between two pieces is encoded whole, once its second half comes.
  let highSurrogate = '';
  const add = (next: string): void => {
    let piece = highSurrogate ? highSurrogate + next : next;
    highSurrogate = '';
    const lastUnit = piece.charCodeAt(piece.length - 1);
    if (lastUnit >= 0xd800 && lastUnit <= 0xdbff) {
      highSurrogate = piece.slice(-1);
      piece = piece.slice(0, -1);
    }
    encode(piece);
  };
  const encode = (piece: string): void => {
    if (used + 3 * piece.length > BUFFER_BYTES) {
      flush();
      if (3 * piece.length > BUFFER_BYTES) {
        write(Buffer.from(piece, 'utf8'));
        return;
      }
    }
    used += buffer.write(piece, used, 'utf8');
    if (used >= CHUNK) flush();
  };
  if (typeof text === 'string') add(text);
  else if (typeof text === 'function') text(add);
  else for (const piece of text) add(piece);
  if (highSurrogate) encode(highSurrogate);
  flush();
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
