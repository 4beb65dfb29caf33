import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Notice } from '../../../core/notice';

export interface WalkOptions {
  /** Absolute scan root; every path reported is relative to it. */
  root: string;
  /** Files or folders inside the root to scan; the whole root when empty. */
  paths?: string[];
  /** gitignore-style patterns, relative to the root. */
  exclude?: string[];
}

export interface WalkResult {
  /** Relative paths with forward slashes, sorted. */
  files: string[];
  notices: Notice[];
}

// .terraform holds provider binaries; the Terraform loader reads .terraform/modules itself.
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn', '.terraform']);

/**
 * Lists the files to scan. Honours .gitignore files and the configured excludes,
 * and never leaves the scan root: a symbolic link to a file inside the root counts as
 * that file (scanned once, under its real path); links to folders are not followed (no loops).
 */
export function walk(options: WalkOptions): WalkResult {
  const root = path.resolve(options.root);
  const realRoot = realpathSync(root);
  const files: string[] = [];
  const notices: Notice[] = [];
  // Without patterns there is nothing to match: the package would still test every path and cache it.
  const excluded = options.exclude?.length ? ignore().add(options.exclude) : undefined;
  const starts = options.paths && options.paths.length > 0 ? options.paths : ['.'];
  const seen = new Set<string>();
  for (const start of starts) {
    const absolute = path.resolve(root, start);
    const relative = toRelative(root, absolute);
    if (relative === undefined) {
      notices.push({ kind: 'skipped', path: start, message: 'outside the scan root; not scanned' });
      continue;
    }
    const context = { root, realRoot, files, notices, seen };
    // A folder named explicitly is scanned even when the patterns above it exclude it (as an
    // explicitly named file is); the patterns inside it still apply.
    const above = gitignoresAbove(root, relative);
    const startIgnored = (rules: Ignore | undefined, gitignores: Ignore[]) =>
      relative !== '' && isIgnored(relative, true, rules, gitignores);
    const ownExcluded = startIgnored(excluded, []) ? undefined : excluded;
    const ownGitignores = startIgnored(undefined, above) ? [] : above;
    visit(context, relative, ownExcluded, ownGitignores, true);
  }
  files.sort();
  return { files, notices };
}

interface WalkContext {
  root: string;
  realRoot: string;
  files: string[];
  notices: Notice[];
  seen: Set<string>;
}

function visit(
  context: WalkContext,
  relative: string,
  excluded: Ignore | undefined,
  gitignores: Ignore[],
  explicit: boolean,
): void {
  const absolute = underRoot(context.root, relative);
  let stats;
  try {
    stats = lstatSync(absolute);
  } catch (error) {
    context.notices.push({ kind: 'skipped', path: relative || '.', message: describeFsError(error) });
    return;
  }
  if (stats.isSymbolicLink()) return visitLink(context, relative, absolute);
  if (stats.isDirectory()) return visitDirectory(context, relative, excluded, gitignores);
  if (stats.isFile()) {
    if (!explicit && isIgnored(relative, false, excluded, gitignores)) return;
    addFile(context, relative);
    return;
  }
  context.notices.push({
    kind: 'skipped',
    path: relative,
    message: 'not a regular file (FIFO, socket or device)',
  });
}

function visitDirectory(
  context: WalkContext,
  relative: string,
  excluded: Ignore | undefined,
  gitignores: Ignore[],
): void {
  const absolute = underRoot(context.root, relative);
  let dirents: Dirent[];
  try {
    dirents = readdirSync(absolute, { withFileTypes: true });
  } catch (error) {
    context.notices.push({ kind: 'skipped', path: relative || '.', message: describeFsError(error) });
    return;
  }
  // The listing says whether there is a .gitignore: no failed open per folder without one.
  const local = dirents.some((dirent) => dirent.name === '.gitignore')
    ? readGitignore(absolute, relative)
    : undefined;
  const active = local ? [...gitignores, local] : gitignores;
  dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const dirent of dirents) {
    if (ALWAYS_SKIPPED.has(dirent.name)) continue;
    const childPath = relative ? `${relative}/${dirent.name}` : dirent.name;
    if (isIgnored(childPath, dirent.isDirectory(), excluded, active)) continue;
    // The folder listing already says what most entries are: one lstat per file less.
    if (dirent.isFile()) addFile(context, childPath);
    else if (dirent.isDirectory()) visitDirectory(context, childPath, excluded, active);
    else visit(context, childPath, excluded, active, false);
  }
}

function visitLink(context: WalkContext, relative: string, absolute: string): void {
  let target: string;
  let stats;
  try {
    target = realpathSync(absolute);
    stats = statSync(target);
  } catch (error) {
    context.notices.push({
      kind: 'skipped',
      path: relative,
      message: `broken or looping symbolic link (${describeFsError(error)})`,
    });
    return;
  }
  const inside = toRelative(context.realRoot, target);
  if (inside === undefined) {
    context.notices.push({
      kind: 'skipped',
      path: relative,
      message: 'symbolic link points outside the scan root; not followed',
    });
    return;
  }
  if (stats.isDirectory()) {
    // Following links to folders could loop or scan a folder twice; its files are scanned where they really are.
    const where = inside === '' ? 'the scan root' : inside;
    context.notices.push({
      kind: 'skipped',
      path: relative,
      message: `symbolic link to a folder (${where}); not followed`,
    });
    return;
  }
  if (!stats.isFile()) {
    context.notices.push({
      kind: 'skipped',
      path: relative,
      message: 'symbolic link to something that is not a regular file (FIFO, socket or device); not followed',
    });
    return;
  }
  // A linked file is scanned once, under its real path, whichever of the two names the walk meets first.
  addFile(context, inside);
}

function addFile(context: WalkContext, relative: string): void {
  if (context.seen.has(relative)) return;
  context.seen.add(relative);
  context.files.push(relative);
}

function isIgnored(
  relative: string,
  directory: boolean,
  excluded: Ignore | undefined,
  gitignores: Ignore[],
): boolean {
  if (!excluded && gitignores.length === 0) return false;
  const candidate = directory ? `${relative}/` : relative;
  if (excluded?.ignores(candidate)) return true;
  return gitignores.some((rules) => {
    const base = (rules as Ignore & { base: string }).base;
    if (base && !candidate.startsWith(`${base}/`)) return false;
    return rules.ignores(base ? candidate.slice(base.length + 1) : candidate);
  });
}

function readGitignore(absoluteDir: string, relativeDir: string): Ignore | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(absoluteDir, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  return Object.assign(ignore().add(text), { base: relativeDir });
}

/** .gitignore files of the folders above an explicitly named start path. */
function gitignoresAbove(root: string, relative: string): Ignore[] {
  const result: Ignore[] = [];
  const parts = relative ? relative.split('/') : [];
  for (let depth = 0; depth < parts.length; depth++) {
    const dir = parts.slice(0, depth).join('/');
    const found = readGitignore(path.join(root, dir), dir);
    if (found) result.push(found);
  }
  return result;
}

/**
 * The absolute path of an entry the walk lists, under the resolved root it walked. Its relative
 * path is normalised already, so this is plain concatenation: `path.join` normalises again, and
 * builds several strings per call doing so.
 */
export function underRoot(root: string, relative: string): string {
  if (relative === '') return root;
  return root.endsWith('/') || root.endsWith(path.sep) ? root + relative : `${root}${path.sep}${relative}`;
}

export function toRelative(root: string, absolute: string): string | undefined {
  const relative = path.relative(root, absolute);
  if (relative === '') return '';
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; not scanned';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOENT':
      return 'does not exist';
    default:
      return (error as Error).message;
  }
}
