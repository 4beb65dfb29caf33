import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeOutput } from '../../src/cli/output';

/** 3,000 pieces of 1,000 characters, each different: about three chunks of a mebibyte. */
const PIECES = Array.from(
  { length: 3000 },
  (_, index) => `${String(index).padStart(6, '0')}${'x'.repeat(993)}\n`,
);

/** Each write to standard output while `run` runs, as text. */
function writtenToStdout(run: () => void): string[] {
  const written: string[] = [];
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(Buffer.from(chunk).toString('utf8'));
    return true;
  });
  try {
    run();
  } finally {
    write.mockRestore();
  }
  return written;
}

describe('writeOutput', () => {
  it('writes many pieces to a file in order, byte for byte', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cloudgate-output-')), 'deep', 'report.sarif');
    writeOutput(PIECES, file);
    expect(readFileSync(file, 'utf8')).toBe(PIECES.join(''));
  });

  it('writes the pieces a producer emits as they come, a mebibyte at a time', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cloudgate-output-')), 'report.sarif');
    const sizesSeen: number[] = [];
    writeOutput((emit) => {
      PIECES.forEach((piece, index) => {
        if (index % 1000 === 0) sizesSeen.push(statSync(file).size);
        emit(piece);
      });
    }, file);
    expect(readFileSync(file, 'utf8')).toBe(PIECES.join(''));
    // Before the 2,000th piece, the first chunk is on disk already.
    expect(sizesSeen[0]).toBe(0);
    expect(sizesSeen[2]).toBeGreaterThanOrEqual(1 << 20);
  });

  it('encodes text outside ASCII as UTF-8 across chunks, even a character split between two pieces', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cloudgate-output-')), 'report.md');
    const emoji = '\u{1F534}';
    const pieces = [
      ...PIECES.slice(0, 1048),
      'naïve — ',
      emoji[0]!,
      `${emoji[1]!} end`,
      ...PIECES.slice(1048),
    ];
    writeOutput(pieces, file);
    const written = readFileSync(file, 'utf8');
    expect(written).toBe(pieces.join(''));
    expect(written).toContain(`naïve — ${emoji} end`);
    const oneLong = `${'é'.repeat(2_000_000)}\n`;
    writeOutput([oneLong, 'after\n'], file);
    expect(readFileSync(file, 'utf8')).toBe(`${oneLong}after\n`);
  });

  it('ends what it writes to standard output with a line break, once', () => {
    const written = writtenToStdout(() => {
      writeOutput('no line break — at the end', undefined);
      writeOutput('one at the end\n', undefined);
      writeOutput('', undefined);
    });
    expect(written).toEqual(['no line break — at the end', '\n', 'one at the end\n', '\n']);
  });

  it('writes many pieces to standard output in a few writes, in order', () => {
    const written = writtenToStdout(() => writeOutput(PIECES, undefined));
    expect(written.join('')).toBe(PIECES.join(''));
    expect(written.length).toBeLessThanOrEqual(4);
  });
});
