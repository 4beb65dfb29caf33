import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emitReport } from '../../src/cli/report-output';
import { toSarif } from '../../src/core/reporters/sarif';
import { mixedReport } from '../core/reporters/sample-report';

function quietly<T>(action: () => T): { result: T; stdout: string } {
  let stdout = '';
  const out = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { result: action(), stdout };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('emitReport with SARIF', () => {
  const report = mixedReport();
  const log = JSON.parse(JSON.stringify(toSarif(report, { category: 'infra' }))) as {
    runs: { results: unknown[] }[];
  };

  function writeToFile(): string {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cloudgate-sarif-')), 'nested', 'out.sarif');
    quietly(() => emitReport(report, { format: 'sarif', output: file, failOn: 'none', category: 'infra' }));
    return readFileSync(file, 'utf8');
  }

  it('writes the log to a file, creating its folder, indented but for one result per line', () => {
    const text = writeToFile();
    expect(JSON.parse(text)).toEqual(log);
    expect(text).toMatch(/^\{\n {2}"\$schema": /);
    expect(text.endsWith('\n}\n')).toBe(true);
    const results = log.runs.flatMap((run) => run.results);
    expect(results.length).toBeGreaterThan(1);
    const lines = text.split('\n');
    for (const result of results) {
      expect(lines).toContainEqual(expect.stringMatching(/^ {8}\{"ruleId":/));
      expect(lines.filter((line) => line.trim().replace(/,$/, '') === JSON.stringify(result))).toHaveLength(
        1,
      );
    }
  });

  it('writes the same text to standard output', () => {
    const { stdout } = quietly(() =>
      emitReport(report, { format: 'sarif', failOn: 'none', category: 'infra' }),
    );
    expect(stdout).toBe(writeToFile());
  });

  it('says which file it could not write', () => {
    const blocker = path.join(mkdtempSync(path.join(os.tmpdir(), 'cloudgate-sarif-')), 'file');
    quietly(() => emitReport(report, { format: 'sarif', output: blocker, failOn: 'none' }));
    expect(() =>
      quietly(() =>
        emitReport(report, { format: 'sarif', output: path.join(blocker, 'x.sarif'), failOn: 'none' }),
      ),
    ).toThrow(/cannot write .*x\.sarif/);
  });
});
