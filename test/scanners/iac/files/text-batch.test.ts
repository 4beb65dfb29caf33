import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TextBatch } from '../../../../src/scanners/iac/files/text-batch';

let root: string;
beforeEach(() => (root = mkdtempSync(path.join(tmpdir(), 'cloudgate-text-batch-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

function readAll(batch: TextBatch, files: [string, string | Buffer | undefined][]) {
  for (const [name, content] of files) {
    if (content !== undefined) writeFileSync(path.join(root, name), content);
    batch.add(path.join(root, name), name);
  }
  return batch.take();
}

describe('TextBatch', () => {
  test('ASCII files come back as their own texts, in order, with every other outcome in its place', () => {
    const large = 'x = 1\n'.repeat(20_000);
    const results = readAll(new TextBatch(1024 * 1024), [
      ['a.tf', 'resource "a" "x" {}\n'],
      ['empty.tf', ''],
      ['gone.tf', undefined],
      ['junk.tf', Buffer.from([0x61, 0, 0x62])],
      ['large.tf', large],
      ['b.tf', 'b = 2'],
    ]);
    expect(results).toEqual([
      { text: 'resource "a" "x" {}\n' },
      { text: '' },
      { notice: { kind: 'skipped', path: 'gone.tf', message: 'does not exist' } },
      { binary: true },
      { text: large },
      { text: 'b = 2' },
    ]);
  });

  test('one non-ASCII file decodes each file on its own, as UTF-8 without a byte-order mark', () => {
    const results = readAll(new TextBatch(1024), [
      ['a.tf', 'a = 1\n'],
      ['b.tf', '\ufeffname = "café"\n'],
      ['c.tf', 'c = 3\n'],
    ]);
    expect(results).toEqual([{ text: 'a = 1\n' }, { text: 'name = "café"\n' }, { text: 'c = 3\n' }]);
  });

  test('texts taken from one batch are unchanged when the next batch reuses its buffer', () => {
    const batch = new TextBatch(1024);
    const first = readAll(batch, [['a.tf', 'first = "aaaa"\n']]);
    expect(batch.size).toBe(0);
    expect(batch.bytes).toBe(0);
    const second = readAll(batch, [['b.tf', 'other = "bbbb"\n']]);
    expect(first).toEqual([{ text: 'first = "aaaa"\n' }]);
    expect(second).toEqual([{ text: 'other = "bbbb"\n' }]);
  });

  test('counts the bytes it holds, large files included, and refuses a file once over its capacity', () => {
    const batch = new TextBatch(10);
    readAll(batch, []);
    writeFileSync(path.join(root, 'a.tf'), 'a'.repeat(8));
    writeFileSync(path.join(root, 'b.tf'), 'b'.repeat(8));
    batch.add(path.join(root, 'a.tf'), 'a.tf');
    expect(batch.bytes).toBe(8);
    batch.add(path.join(root, 'b.tf'), 'b.tf');
    expect(batch.bytes).toBe(16);
    expect(() => batch.add(path.join(root, 'a.tf'), 'a.tf')).toThrow('the batch is full');
    expect(batch.take()).toEqual([{ text: 'a'.repeat(8) }, { text: 'b'.repeat(8) }]);
  });

  test('a file over the size limit is a notice, and takes no room', () => {
    const batch = new TextBatch(1024, 4);
    const results = readAll(batch, [
      ['over.tf', 'x'.repeat(5)],
      ['ok.tf', 'y'.repeat(4)],
    ]);
    expect(results).toEqual([
      {
        notice: { kind: 'skipped', path: 'over.tf', message: 'file is 5 B, over the 4 B limit; not scanned' },
      },
      { text: 'yyyy' },
    ]);
  });
});
