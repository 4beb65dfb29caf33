import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliBundle } from './harness/bundles';

jest.setTimeout(240_000);

const EXAMPLE = path.resolve(__dirname, '../../examples/terraform/insecure');

describe('the bundled CLI with its code cache', () => {
  let work: string;
  let cli: string;

  beforeAll(() => {
    cli = cliBundle();
    work = mkdtempSync(path.join(tmpdir(), 'cloudgate-cli-cache-'));
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const scan = (cacheSetting: string, output: string): Buffer => {
    const sarif = path.join(work, output);
    const args = [cli, 'scan', EXAMPLE, '--format', 'sarif', '--output', sarif, '--fail-on', 'none'];
    execFileSync(process.execPath, args, {
      env: { ...process.env, CLOUDGATE_CODE_CACHE: cacheSetting },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return readFileSync(sarif);
  };

  test('the entry file only loads the chunk that holds the scanners, so the cache covers them', () => {
    expect(statSync(cli).size).toBeLessThan(100 * 1024);
    const chunks = readdirSync(path.dirname(cli)).filter((name) => /^\d+\.index\.js$/.test(name));
    const largest = Math.max(...chunks.map((name) => statSync(path.join(path.dirname(cli), name)).size));
    expect(largest).toBeGreaterThan(1024 * 1024);
  });

  test('a second scan loads the cache the first one wrote, and reports byte for byte the same', () => {
    const cacheDir = path.join(work, 'code');
    const first = scan(cacheDir, 'first.sarif');
    const written = readdirSync(cacheDir).sort();
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((name) => /^scan-[0-9a-f]{32}\.v8cache$/.test(name))).toBe(true);
    const inodes = written.map((name) => statSync(path.join(cacheDir, name)).ino);
    for (const name of written)
      utimesSync(path.join(cacheDir, name), new Date(2020, 0, 1), new Date(2020, 0, 1));

    const second = scan(cacheDir, 'second.sarif');
    expect(second.equals(first)).toBe(true);
    expect(readdirSync(cacheDir).sort()).toEqual(written);
    // Each file was used in place (touched), none rewritten.
    for (const [index, name] of written.entries()) {
      const stat = statSync(path.join(cacheDir, name));
      expect(stat.ino).toBe(inodes[index]);
      expect(stat.mtimeMs).toBeGreaterThan(Date.now() - 10 * 60_000);
    }

    expect(scan('off', 'uncached.sarif').equals(first)).toBe(true);
  });
});
