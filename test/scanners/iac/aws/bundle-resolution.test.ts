import { readdirSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '../../../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

describe('module names in the bundle', () => {
  // The bundler resolves `import ... from './x'` to x.json before x.ts, so a module whose name a JSON file
  // shares would be replaced by the data in the built action and CLI (while tests, run from source, pass).
  it('gives no TypeScript module the name of a JSON file beside it', () => {
    const all = files(SRC);
    const json = new Set(
      all.filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length)),
    );
    const clashes = all.filter((file) => file.endsWith('.ts') && json.has(file.slice(0, -'.ts'.length)));
    expect(clashes.map((file) => path.relative(SRC, file))).toEqual([]);
    expect(json.size).toBeGreaterThan(0);
  });
});
