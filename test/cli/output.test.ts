import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeOutput } from '../../src/cli/output';

/** 3,000 pieces of 1,000 characters, each different: about three chunks of a mebibyte. */
const PIECES = Array.from(
  { length: 3000 },
  (_, index) => `${String(index).padStart(6, '0')}${'x'.repeat(993)}\n`,
);

describe('writeOutput', () => {
  it('writes many pieces to a file in order, byte for byte', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cloudgate-output-')), 'deep', 'report.sarif');
    writeOutput(PIECES, file);
    expect(readFileSync(file, 'utf8')).toBe(PIECES.join(''));
  });

  it('writes many pieces to standard output in a few writes, in order', () => {
    const written: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      writeOutput(PIECES, undefined);
    } finally {
      write.mockRestore();
    }
    expect(written.join('')).toBe(PIECES.join(''));
    expect(written.length).toBeLessThanOrEqual(4);
  });
});
