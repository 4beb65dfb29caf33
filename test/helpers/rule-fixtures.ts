import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface FixtureExpectation {
  /** `file:line` for every line that carries an expect marker. */
  expected: string[];
}

const MARKER = /(#|\/\/|<!--)\s*expect\b/;

/** The files of a fixture (a file, or a folder for cross-file rules), relative to the fixtures folder. */
export function fixtureFiles(fixturesDir: string, fixture: string): string[] {
  const absolute = path.join(fixturesDir, fixture);
  if (!statSync(absolute).isDirectory()) return [fixture];
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(fixturesDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

/**
 * Lines a finding must land on: those with a trailing `# expect` (or `// expect`) marker, and for
 * formats without comments, the line numbers listed in a sibling `<file>.expect` file.
 */
export function expectedLines(fixturesDir: string, files: string[]): string[] {
  const expected: string[] = [];
  for (const file of files) {
    if (file.endsWith('.expect')) continue;
    const lines = readFileSync(path.join(fixturesDir, file), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (MARKER.test(line)) expected.push(`${file}:${index + 1}`);
    });
    const sidecar = path.join(fixturesDir, `${file}.expect`);
    try {
      for (const number of readFileSync(sidecar, 'utf8').split(/\s+/).filter(Boolean))
        expected.push(`${file}:${Number(number)}`);
    } catch {
      // no sidecar
    }
  }
  return expected.sort();
}
