import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs';
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

  const scan = (cacheSetting: string, output: string, tree = EXAMPLE, oneCpu = false): Buffer => {
    const sarif = path.join(work, output);
    const args = [cli, 'scan', tree, '--format', 'sarif', '--output', sarif, '--fail-on', 'none'];
    const [command, ...rest] = oneCpu
      ? ['taskset', '-c', firstAllowedCpu(), process.execPath, ...args]
      : [process.execPath, ...args];
    execFileSync(command!, rest, {
      env: { ...process.env, CLOUDGATE_CODE_CACHE: cacheSetting },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return readFileSync(sarif);
  };

  /** Checks that every cache file in `cacheDir` is used in place by the next scan, none rewritten. */
  const expectReused = (cacheDir: string, nextScan: () => void): void => {
    const written = readdirSync(cacheDir).sort();
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((name) => /^scan-[0-9a-f]{32}\.v8cache$/.test(name))).toBe(true);
    const inodes = written.map((name) => statSync(path.join(cacheDir, name)).ino);
    for (const name of written)
      utimesSync(path.join(cacheDir, name), new Date(2020, 0, 1), new Date(2020, 0, 1));
    nextScan();
    expect(readdirSync(cacheDir).sort()).toEqual(written);
    // Each file was used in place (touched), none rewritten.
    for (const [index, name] of written.entries()) {
      const stat = statSync(path.join(cacheDir, name));
      expect(stat.ino).toBe(inodes[index]);
      expect(stat.mtimeMs).toBeGreaterThan(Date.now() - 10 * 60_000);
    }
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
    expectReused(cacheDir, () => expect(scan(cacheDir, 'second.sarif').equals(first)).toBe(true));
    expect(scan('off', 'uncached.sarif').equals(first)).toBe(true);
  });

  // On one CPU the optimisation budget is raised after 2 MiB of text, and V8 writes the flags of the
  // moment into the cache: a cache written under the raised budget would be refused by every later
  // run, which would then compile everything again and rewrite it.
  test('on one CPU, a scan long enough to raise the optimisation budget leaves a cache the next one takes', () => {
    const tree = path.join(work, 'many-stacks');
    const text = readFileSync(path.join(EXAMPLE, 'main.tf'), 'utf8');
    const copies = Math.ceil((2.2 * 1024 * 1024) / text.length);
    for (let index = 0; index < copies; index++) {
      const stack = path.join(tree, `stack-${index}`);
      mkdirSync(stack, { recursive: true });
      copyFileSync(path.join(EXAMPLE, 'main.tf'), path.join(stack, 'main.tf'));
    }
    const cacheDir = path.join(work, 'one-cpu-code');
    const first = scan(cacheDir, 'one-cpu-first.sarif', tree, true);
    expectReused(cacheDir, () =>
      expect(scan(cacheDir, 'one-cpu-second.sarif', tree, true).equals(first)).toBe(true),
    );
  });
});

/** The first CPU this process may run on, for `taskset`. */
function firstAllowedCpu(): string {
  const status = readFileSync('/proc/self/status', 'utf8');
  const allowed = /^Cpus_allowed_list:\s*(\d+)/m.exec(status);
  if (!allowed) throw new Error('no Cpus_allowed_list in /proc/self/status');
  return allowed[1]!;
}
