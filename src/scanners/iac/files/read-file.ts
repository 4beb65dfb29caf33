import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Notice } from '../../../core/notice';
import { describeFsError } from './walk';
import { PARSE_LIMITS } from '../parsers/parse-limits';

/** What a readable file holds: its text, or that it is binary. */
type Content = { text: string } | { binary: true };

export type ReadResult = Content | { notice: Notice };

/** Most IaC files are smaller: each is read in one call, without asking its size first. */
export const SMALL_FILE_BYTES = 64 * 1024;
let smallFileBuffer: Buffer | undefined;

/** Where a small text file's bytes were read to, not yet decoded: `length` bytes at `offset`. */
export interface ReadBytes {
  offset: number;
  length: number;
}

/**
 * Reads a file as UTF-8 text, refusing files over the size limit before reading
 * them and recognising binary content (a NUL byte in the first 8 KiB).
 */
export function readTextFile(
  absolute: string,
  relative: string,
  maxBytes = PARSE_LIMITS.maxFileBytes,
): ReadResult {
  smallFileBuffer ??= Buffer.allocUnsafe(SMALL_FILE_BYTES);
  const read = readFileAt(absolute, relative, maxBytes, smallFileBuffer, 0);
  return 'offset' in read ? decodeText(smallFileBuffer, read.offset, read.length) : read;
}

/**
 * `readTextFile`, except that a small text file is read into `into` at `offset` (which must have
 * room for SMALL_FILE_BYTES) and left undecoded, so that the caller can decode many files at once.
 * Binary content, notices and larger files are settled here as `readTextFile` settles them.
 */
export function readFileAt(
  absolute: string,
  relative: string,
  maxBytes: number,
  into: Buffer,
  offset: number,
): ReadResult | ReadBytes {
  let fd: number | undefined;
  try {
    // Non-blocking, so a FIFO that replaced a file after the walk cannot stall the scan on open.
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const small = readSmall(fd, Math.min(SMALL_FILE_BYTES, maxBytes + 1), into, offset);
    if (small) return isBinary(into, small.offset, small.length) ? { binary: true } : small;
    return readWhole(fd, relative, maxBytes);
  } catch (error) {
    return { notice: { kind: 'skipped', path: relative, message: describeFsError(error) } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A read that stops short of `limit` has reached the end of a regular file, so its size needs no
 * `fstat`. An empty read, a full one, or one that fails (a FIFO cannot be read at an offset) is
 * left to `readWhole`, which looks at what the file is first.
 */
function readSmall(fd: number, limit: number, into: Buffer, offset: number): ReadBytes | undefined {
  let read: number;
  try {
    read = readSync(fd, into, offset, limit, 0);
  } catch {
    return undefined;
  }
  return read > 0 && read < limit ? { offset, length: read } : undefined;
}

function readWhole(fd: number, relative: string, maxBytes: number): ReadResult {
  const stats = fstatSync(fd);
  if (!stats.isFile()) {
    return {
      notice: { kind: 'skipped', path: relative, message: 'not a regular file (FIFO, socket or device)' },
    };
  }
  const size = stats.size;
  if (size > maxBytes) {
    return {
      notice: {
        kind: 'skipped',
        path: relative,
        message: `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit; not scanned`,
      },
    };
  }
  // Only the bytes read are ever looked at, so the buffer need not be zeroed first.
  const buffer = Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const read = readSync(fd, buffer, offset, size - offset, offset);
    if (read === 0) break;
    offset += read;
  }
  return decode(buffer, offset);
}

function decode(buffer: Buffer, length: number): Content {
  return isBinary(buffer, 0, length) ? { binary: true } : decodeText(buffer, 0, length);
}

function isBinary(buffer: Buffer, offset: number, length: number): boolean {
  return buffer.subarray(offset, offset + Math.min(length, 8192)).includes(0);
}

/** UTF-8 text without its byte-order mark. */
export function decodeText(buffer: Buffer, offset: number, length: number): { text: string } {
  const text = buffer.toString('utf8', offset, offset + length);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}
