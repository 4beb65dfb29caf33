import { isAscii } from 'node:buffer';
import { PARSE_LIMITS } from '../parsers/parse-limits';
import { decodeText, readFileAt, SMALL_FILE_BYTES, type ReadBytes, type ReadResult } from './read-file';

/**
 * Files read one after another and decoded together. When all of a batch's small files are ASCII, as
 * IaC files nearly always are, their texts are slices of one string.
 *
 * A scan keeps every file's text to its end (for suppressions and fingerprints). Held as a string of
 * its own, each text of a few KiB was copied twice by the garbage collector, inside the young
 * generation and then into the old one: 8 MB of the 44 MB copied inside the young generation by a
 * scan of 5,000 Terraform files. A string over 128 KiB is made where V8 keeps large objects, which it
 * never copies, and a slice of it is a small object pointing into it. A slice keeps its whole batch
 * alive (half a mebibyte at most in a scan), and a scan keeps its files' texts anyway.
 */
export class TextBatch {
  private readonly buffer: Buffer;
  private used = 0;
  private held = 0;
  private readonly reads: (ReadResult | ReadBytes)[] = [];

  /** `capacity`: bytes of small files the batch has room for; callers stop adding once `bytes` reaches it. */
  constructor(
    readonly capacity: number,
    private readonly maxBytes = PARSE_LIMITS.maxFileBytes,
  ) {
    this.buffer = Buffer.allocUnsafe(capacity + SMALL_FILE_BYTES);
  }

  get size(): number {
    return this.reads.length;
  }

  /** Bytes of text read into the batch so far, small files and large ones. */
  get bytes(): number {
    return this.held;
  }

  /** Reads a file into the batch (a large one on its own); callers stop adding once `bytes` reaches the capacity. */
  add(absolute: string, relative: string): void {
    if (this.used > this.capacity) throw new Error('the batch is full');
    const read = readFileAt(absolute, relative, this.maxBytes, this.buffer, this.used);
    if ('offset' in read) {
      this.used += read.length;
      this.held += read.length;
    } else if ('text' in read) this.held += read.text.length;
    this.reads.push(read);
  }

  /** What reading each file gave, in the order they were added; the batch is empty again. */
  take(): ReadResult[] {
    const whole =
      this.used > 0 && isAscii(this.buffer.subarray(0, this.used))
        ? this.buffer.toString('latin1', 0, this.used)
        : undefined;
    const results = this.reads.map((read) => {
      if (!('offset' in read)) return read;
      if (whole === undefined) return decodeText(this.buffer, read.offset, read.length);
      return { text: whole.slice(read.offset, read.offset + read.length) };
    });
    this.reads.length = 0;
    this.used = 0;
    this.held = 0;
    return results;
  }
}
