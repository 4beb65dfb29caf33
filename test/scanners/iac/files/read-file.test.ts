import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readTextFile } from '../../../../src/scanners/iac/files/read-file';

let root: string;
beforeEach(() => (root = mkdtempSync(path.join(tmpdir(), 'cloudgate-read-file-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

const read = (name: string, content?: string | Buffer, maxBytes?: number) => {
  if (content !== undefined) writeFileSync(path.join(root, name), content);
  return readTextFile(path.join(root, name), name, maxBytes);
};

/** Text of `bytes` UTF-8 bytes whose last character, `é` (two bytes), straddles `bytes - 1`. */
const textOf = (bytes: number) => `${'a'.repeat(bytes - 2)}é`;

describe('readTextFile', () => {
  test.each([
    ['a small file', 10],
    ['one byte short of the small-file buffer', 64 * 1024 - 1],
    ['exactly the small-file buffer', 64 * 1024],
    ['one byte over it', 64 * 1024 + 1],
    ['a large file, with a character across the buffer boundary', 300 * 1024],
  ])('%s is read whole (%i bytes)', (_, bytes) => {
    const text = textOf(bytes);
    expect(Buffer.byteLength(text)).toBe(bytes);
    expect(read('main.tf', text)).toEqual({ text });
  });

  test('files read one after another do not share text', () => {
    expect(read('a.tf', 'resource "a" "x" {}\n')).toEqual({ text: 'resource "a" "x" {}\n' });
    expect(read('b.tf', 'b')).toEqual({ text: 'b' });
    expect(read('a.tf')).toEqual({ text: 'resource "a" "x" {}\n' });
  });

  test('an empty file is empty text', () => {
    expect(read('empty.tf', '')).toEqual({ text: '' });
  });

  test('a byte-order mark is dropped, in small and large files', () => {
    expect(read('bom.tf', '\ufeffx = 1\n')).toEqual({ text: 'x = 1\n' });
    const large = `\ufeff${'y'.repeat(100 * 1024)}`;
    expect(read('bom-large.tf', large)).toEqual({ text: large.slice(1) });
  });

  test('a NUL byte in the first 8 KiB is binary, in small and large files', () => {
    expect(read('junk.tf', Buffer.from([0x61, 0, 0x62]))).toEqual({ binary: true });
    const large = Buffer.alloc(100 * 1024, 0x61);
    large[8191] = 0;
    expect(read('junk-large.tf', large)).toEqual({ binary: true });
    large[8191] = 0x61;
    large[9000] = 0;
    expect(read('late-nul.tf', large)).toEqual({ text: large.toString('utf8') });
  });

  test('the size limit holds below the small-file buffer too, and a file at the limit is read', () => {
    expect(read('at-limit.tf', 'x'.repeat(100), 100)).toEqual({ text: 'x'.repeat(100) });
    expect(read('over.tf', 'x'.repeat(101), 100)).toEqual({
      notice: {
        kind: 'skipped',
        path: 'over.tf',
        message: 'file is 101 B, over the 100 B limit; not scanned',
      },
    });
    expect(read('over-large.tf', 'x'.repeat(2 * 1024 * 1024), 1024 * 1024)).toEqual({
      notice: {
        kind: 'skipped',
        path: 'over-large.tf',
        message: 'file is 2.0 MiB, over the 1.0 MiB limit; not scanned',
      },
    });
  });

  test('a FIFO or a folder where a file was listed is a notice, without waiting for a writer', () => {
    execFileSync('mkfifo', [path.join(root, 'pipe.tf')]);
    mkdirSync(path.join(root, 'folder.tf'));
    for (const name of ['pipe.tf', 'folder.tf']) {
      expect(read(name)).toEqual({
        notice: { kind: 'skipped', path: name, message: 'not a regular file (FIFO, socket or device)' },
      });
    }
  });

  test('a file that is gone is a notice naming it', () => {
    expect(read('gone.tf')).toEqual({
      notice: { kind: 'skipped', path: 'gone.tf', message: 'does not exist' },
    });
  });
});
