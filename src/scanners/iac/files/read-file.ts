import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Notice } from '../../../core/notice';
import { describeFsError } from './walk';
import { PARSE_LIMITS } from '../parsers/parse-limits';

export type ReadResult = { text: string } | { notice: Notice } | { binary: true };

/**
 * Reads a file as UTF-8 text, refusing files over the size limit before reading
 * them and recognising binary content (a NUL byte in the first 8 KiB).
 */
export function readTextFile(
  absolute: string,
  relative: string,
  maxBytes = PARSE_LIMITS.maxFileBytes,
): ReadResult {
  let fd: number | undefined;
  try {
    // Non-blocking, so a FIFO that replaced a file after the walk cannot stall the scan on open.
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
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
    const head = buffer.subarray(0, Math.min(offset, 8192));
    if (head.includes(0)) return { binary: true };
    const text = buffer.toString('utf8', 0, offset);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (error) {
    return { notice: { kind: 'skipped', path: relative, message: describeFsError(error) } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}
