import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { codeCacheDir } from '../../src/core/code-cache';

// Each run is its own Node process, so Node's CommonJS loader (not Jest's) compiles the bundle file,
// as it does for the CLI. The module under test is transpiled for it once.
const BUNDLE_SOURCE = [
  "const path = require('node:path');",
  'function answer(n) { let total = 0; for (let i = 0; i < n; i++) total += i; return total; }',
  'module.exports = { answer, folder: path.basename(__dirname), self: module.exports === exports };',
  '',
].join('\n');

const DRIVER = `
const { startCodeCache } = require('./core/code-cache.js');
const [bundleDir, cacheDir, purpose, salt, file] = process.argv.slice(2);
const cache = startCodeCache({ bundleDir, cacheDir: cacheDir || undefined, purpose, salt });
let result;
try {
  const loaded = require(file);
  result = { answer: loaded.answer(100), folder: loaded.folder, self: loaded.self };
} catch (error) {
  result = { stack: error.stack };
}
cache.save();
process.stdout.write(JSON.stringify(result));
`;

let lib: string;
let work: string;
let bundleDir: string;
let cacheDir: string | undefined;

beforeAll(() => {
  lib = mkdtempSync(path.join(tmpdir(), 'cloudgate-code-cache-lib-'));
  mkdirSync(path.join(lib, 'core'));
  for (const name of ['code-cache', 'user-cache']) {
    const source = readFileSync(path.join(__dirname, '../../src/core', `${name}.ts`), 'utf8');
    const options = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
    writeFileSync(
      path.join(lib, 'core', `${name}.js`),
      ts.transpileModule(source, { compilerOptions: options }).outputText,
    );
  }
  writeFileSync(path.join(lib, 'driver.js'), DRIVER);
});

afterAll(() => rmSync(lib, { recursive: true, force: true }));

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'cloudgate-code-cache-'));
  bundleDir = path.join(work, 'dist');
  cacheDir = path.join(work, 'cache', 'code');
  mkdirSync(bundleDir);
  writeFileSync(path.join(bundleDir, 'index.js'), BUNDLE_SOURCE);
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A run: start the cache, load the bundle file, save. */
function run(options: { purpose?: string; salt?: string; file?: string } = {}): Record<string, unknown> {
  const args = [
    path.join(lib, 'driver.js'),
    bundleDir,
    cacheDir ?? '',
    options.purpose ?? 'scan',
    options.salt ?? 'flags',
    options.file ?? path.join(bundleDir, 'index.js'),
  ];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' }));
}

const cacheFiles = () => (cacheDir && existsSync(cacheDir) ? readdirSync(cacheDir).sort() : []);
const cachePath = (name: string | undefined) => path.join(cacheDir!, name!);
const aged = (file: string) => utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));

test('the first run compiles as Node does and writes a cache only this user can read, in a private folder', () => {
  expect(run()).toEqual({ answer: 4950, folder: 'dist', self: true });
  const files = cacheFiles();
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^scan-[0-9a-f]{32}\.v8cache$/);
  expect(statSync(cachePath(files[0])).mode & 0o777).toBe(0o600);
  expect(statSync(cacheDir!).mode & 0o777).toBe(0o700);
  expect(statSync(cachePath(files[0])).size).toBeGreaterThan(0);
});

test('the next run loads the cache V8 accepts, marks it used and writes nothing', () => {
  run();
  const [name] = cacheFiles();
  const file = cachePath(name);
  const written = readFileSync(file);
  const { ino } = statSync(file);
  aged(file);
  expect(run()).toEqual({ answer: 4950, folder: 'dist', self: true });
  expect(cacheFiles()).toEqual([name]);
  expect(readFileSync(file).equals(written)).toBe(true);
  // Touched in place: a rewrite would have renamed a new file over it.
  expect(statSync(file).ino).toBe(ino);
  expect(statSync(file).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
});

test('a cache V8 rejects is compiled past and replaced', () => {
  run();
  const [name] = cacheFiles();
  const file = cachePath(name);
  writeFileSync(file, Buffer.from('not a code cache'));
  expect(run()).toEqual({ answer: 4950, folder: 'dist', self: true });
  expect(readFileSync(file).toString()).not.toBe('not a code cache');
  const { ino } = statSync(file);
  aged(file);
  run();
  expect(statSync(file).ino).toBe(ino);
  expect(statSync(file).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
});

test('changed source, other flags and another kind of run each get their own file', () => {
  run();
  writeFileSync(path.join(bundleDir, 'index.js'), BUNDLE_SOURCE.replace('i++', 'i += 1'));
  run();
  run({ salt: 'other flags' });
  run({ purpose: 'image' });
  run({ purpose: '--version' });
  const files = cacheFiles();
  expect(files).toHaveLength(5);
  expect(files.filter((name) => name.startsWith('scan-'))).toHaveLength(3);
  expect(files.filter((name) => name.startsWith('image-'))).toHaveLength(1);
  expect(files.filter((name) => name.startsWith('other-'))).toHaveLength(1);
});

test('a bundle file with text outside ASCII reads as UTF-8, first run and cached alike', () => {
  const file = path.join(bundleDir, 'text.js');
  writeFileSync(
    file,
    "module.exports = { answer: () => 1, folder: 'naïve — 🔴 \\u00e9', self: module.exports === exports };\n",
  );
  const expected = { answer: 1, folder: 'naïve — 🔴 é', self: true };
  expect(run({ file })).toEqual(expected);
  expect(cacheFiles()).toHaveLength(1);
  expect(run({ file })).toEqual(expected);
  writeFileSync(file, "module.exports = { answer: () => 2, folder: 'plain', self: true };\n");
  expect(run({ file })).toEqual({ answer: 2, folder: 'plain', self: true });
  expect(cacheFiles()).toHaveLength(2);
});

test('a file outside the bundle folder is left to Node', () => {
  const outside = path.join(work, 'elsewhere.js');
  writeFileSync(outside, BUNDLE_SOURCE);
  expect(run({ file: outside })).toEqual({ answer: 4950, folder: path.basename(work), self: true });
  expect(cacheFiles()).toEqual([]);
});

test('a bundle file that starts with #! keeps its line numbers', () => {
  const file = path.join(bundleDir, 'cli.js');
  writeFileSync(file, '#!/usr/bin/env node\n\nthrow new Error("line three");\n');
  expect(run({ file }).stack).toContain(`${file}:3:`);
});

test('a folder others may write to, or a link, is not used', () => {
  mkdirSync(cacheDir!, { recursive: true });
  chmodSync(cacheDir!, 0o777);
  expect(run()).toEqual({ answer: 4950, folder: 'dist', self: true });
  expect(readdirSync(cacheDir!)).toEqual([]);

  const real = path.join(work, 'real');
  mkdirSync(real, { mode: 0o700 });
  cacheDir = path.join(work, 'link');
  symlinkSync(real, cacheDir);
  expect(run()).toEqual({ answer: 4950, folder: 'dist', self: true });
  expect(readdirSync(real)).toEqual([]);
});

test('a cache folder that cannot be made leaves the run uncached', () => {
  writeFileSync(path.join(work, 'cache'), 'a file where the folder would go');
  expect(run()).toEqual({ answer: 4950, folder: 'dist', self: true });
});

test('writing a cache removes cache files no run used for 30 days, and nothing else', () => {
  mkdirSync(cacheDir!, { recursive: true, mode: 0o700 });
  const stale = cachePath('scan-00000000000000000000000000000000.v8cache');
  const strayAside = cachePath('scan-11111111111111111111111111111111.v8cache.4242.0badc0de.tmp');
  const foreign = cachePath('notes.txt');
  for (const file of [stale, strayAside, foreign]) {
    writeFileSync(file, 'old');
    aged(file);
  }
  run();
  const files = cacheFiles();
  expect(files).toContain('notes.txt');
  expect(files).not.toContain(path.basename(stale));
  expect(files).not.toContain(path.basename(strayAside));
  expect(files.filter((name) => name.endsWith('.v8cache'))).toHaveLength(1);
});

describe('codeCacheDir', () => {
  test('defaults to cloudgate/code in the user cache folder', () => {
    expect(codeCacheDir({ XDG_CACHE_HOME: '/var/cache/me' })).toBe('/var/cache/me/cloudgate/code');
  });
  test('CLOUDGATE_CODE_CACHE names another folder, resolved from the working folder', () => {
    expect(codeCacheDir({ CLOUDGATE_CODE_CACHE: 'tmp/cache' })).toBe(path.resolve('tmp/cache'));
  });
  test.each(['off', 'OFF', 'false', 'no', '0', ' off '])('CLOUDGATE_CODE_CACHE=%j turns it off', (value) => {
    expect(codeCacheDir({ CLOUDGATE_CODE_CACHE: value })).toBeUndefined();
  });
  test('no folder means no cache, and the bundle still loads', () => {
    const unused = cacheDir!;
    cacheDir = undefined;
    expect(run()).toEqual({ answer: 4950, folder: 'dist', self: true });
    expect(existsSync(unused)).toBe(false);
  });
});
