import { isAscii } from 'node:buffer';
import { createHash, randomBytes } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { userCacheHome } from './user-cache';

/**
 * V8's code cache for a bundle: the bytecode of the functions a run compiled, written after the run
 * and handed to V8 by the next one, so that run neither parses nor compiles them again. A scan
 * compiles most of the 2.4 MB chunk that holds the scanners; with the cache a one-CPU Terraform scan
 * of 5,000 files takes 6–8 % less time (docs/performance.md).
 *
 * The cache is only ever a hint. A file V8 finds made by another Node version, other V8 flags or
 * other source is rejected by V8 and compiled as usual; the file name also carries a hash of the
 * source, so a changed bundle of the same length never meets the old bytecode. Nothing here ever
 * fails or slows a run that cannot use the cache: any error leaves the run uncached.
 */
export interface CodeCache {
  /**
   * Writes a cache for each bundle file this run compiled without one, and stops compiling through
   * the cache (a file compiled later would not be saved). Never throws.
   */
  save(): void;
}

export interface CodeCacheOptions {
  /** The folder of the bundle: its `.js` files are compiled through the cache, nothing else is. */
  bundleDir: string;
  /** A folder only this user may write to; made if missing. None: no cache. */
  cacheDir: string | undefined;
  /**
   * What this run does (`scan`, `image` ...). A cache holds the functions the run that wrote it
   * compiled, so each kind of run keeps its own, warmed by that kind of work. Anything but a
   * lowercase word is kept as `other`.
   */
  purpose: string;
  /** Whatever else changes the compiled code and is not in the source, such as the V8 flags set at start. */
  salt: string;
}

/** Cache files no run has used for this long are removed when a new one is written. */
const UNUSED_MS = 30 * 24 * 60 * 60 * 1000;
const SUFFIX = '.v8cache';
const ASIDE = /\.v8cache\.\d+\.[0-9a-f]{8}\.tmp$/;
const PURPOSE = /^[a-z][a-z0-9-]{0,31}$/;
const NO_CACHE: CodeCache = { save: () => undefined };

interface Compiled {
  file: string;
  script: vm.Script;
  loaded: boolean;
}

type LoadFile = (module: Module, filename: string) => void;

interface ModuleLoaders {
  _extensions: Record<string, LoadFile>;
}

/** Where the cache goes: `CLOUDGATE_CODE_CACHE` (a folder, or `off`), else the user's cache folder. */
export function codeCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  const setting = env.CLOUDGATE_CODE_CACHE?.trim();
  if (setting && /^(off|false|no|0)$/i.test(setting)) return undefined;
  return setting ? path.resolve(setting) : path.join(userCacheHome(env), 'cloudgate', 'code');
}

/** Compiles the bundle's files through the cache from now on. */
export function startCodeCache(options: CodeCacheOptions): CodeCache {
  const { cacheDir } = options;
  if (cacheDir === undefined || !isPrivateFolder(cacheDir)) return NO_CACHE;
  const purpose = PURPOSE.test(options.purpose) ? options.purpose : 'other';
  // Node's own flags change V8's too; a cache made under other flags would be rejected and rewritten
  // by every run that alternates with it.
  const salt = [
    process.version,
    process.arch,
    ...process.execArgv,
    process.env.NODE_OPTIONS ?? '',
    options.salt,
  ];
  const settings = { ...options, cacheDir, purpose, salt: salt.join('\0') };
  const compiled: Compiled[] = [];
  const loaders = (Module as unknown as ModuleLoaders)._extensions;
  const loadJs = loaders['.js']!;
  // The bundle's files are CommonJS; everything else is loaded as Node loads it.
  loaders['.js'] = function (this: unknown, module: Module, filename: string) {
    if (path.dirname(filename) !== options.bundleDir || !filename.endsWith('.js'))
      return loadJs.call(this, module, filename);
    compileCached(module, readFileSync(filename), filename, settings, compiled);
  };
  return {
    save: () => {
      loaders['.js'] = loadJs;
      save(compiled, cacheDir);
    },
  };
}

/**
 * Made if missing, and then used only when it is a real folder (not a link) that this user owns and
 * nobody else may write to: bytecode read from it runs as this process.
 */
function isPrivateFolder(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return false;
    if (process.platform === 'win32') return true;
    return stat.uid === process.getuid?.() && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/**
 * What Node's loader does for a CommonJS file, with V8's cached data passed in. The file is read as
 * bytes, which are hashed as they are and, when all ASCII (as the build writes the bundle), decoded
 * at a byte per character: Node's own UTF-8 read took three times as long for the scanners' chunk.
 */
function compileCached(
  module: Module,
  bytes: Buffer,
  filename: string,
  options: CodeCacheOptions & { cacheDir: string },
  compiled: Compiled[],
): unknown {
  const content = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  // A `#!` line is only valid at the very start; the wrapper moves it, so it becomes a comment.
  const source = content.startsWith('#!') ? `//${content.slice(2)}` : content;
  const key = createHash('sha256').update(`${options.salt}\0`).update(bytes).digest('hex').slice(0, 32);
  const file = path.join(options.cacheDir, `${options.purpose}-${key}${SUFFIX}`);
  const cachedData = readCache(file);
  const script = new vm.Script(Module.wrap(source), {
    filename,
    ...(cachedData ? { cachedData } : {}),
    ...(vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER
      ? { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER }
      : {}),
  });
  const loaded = cachedData !== undefined && !script.cachedDataRejected;
  if (loaded) touch(file);
  compiled.push({ file, script, loaded });
  const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
  const require = createRequire(filename);
  return wrapper.call(module.exports, module.exports, require, module, filename, path.dirname(filename));
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** The modification time says when a run last used the file. */
function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Only the clean-up of unused files reads it.
  }
}

function save(compiled: Compiled[], cacheDir: string): void {
  const missing = compiled.filter((entry) => !entry.loaded);
  if (missing.length === 0) return;
  for (const entry of missing) {
    // Written aside and renamed into place: a run reading at the same moment sees all or nothing.
    const aside = `${entry.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      writeFileSync(aside, entry.script.createCachedData(), { mode: 0o600, flag: 'wx' });
      renameSync(aside, entry.file);
      entry.loaded = true;
    } catch (error) {
      // A full disk or a read-only home leaves the next run uncached, nothing more.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') removeQuietly(aside);
    }
  }
  removeUnused(cacheDir);
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // What stays is removed with the unused files, 30 days on.
  }
}

/** Cache files of earlier versions, or of runs that stopped before renaming theirs. */
function removeUnused(cacheDir: string): void {
  try {
    const before = Date.now() - UNUSED_MS;
    for (const name of readdirSync(cacheDir)) {
      if (!name.endsWith(SUFFIX) && !ASIDE.test(name)) continue;
      const file = path.join(cacheDir, name);
      if (statSync(file).mtimeMs < before) removeQuietly(file);
    }
  } catch {
    // Clean-up is best effort.
  }
}
