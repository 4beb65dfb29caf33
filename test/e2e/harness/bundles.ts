import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');
const ENTRIES = ['iac', 'report', 'image-scan', 'cloud-audit'];

/**
 * A copy of the action as a workflow would check it out: the action.yml files and a bundle per entry
 * point, built with ncc from the current sources (not the committed dist/, whose freshness CI checks).
 */
export function actionCheckout(): string {
  return builtOnce('action', (work) => {
    for (const name of ENTRIES) nccBuild(`src/actions/${name}/index.ts`, path.join(work, 'dist', name));
    cpSync(path.join(REPO, 'action.yml'), path.join(work, 'action.yml'));
    for (const name of readdirSync(path.join(REPO, 'actions'))) {
      mkdirSync(path.join(work, 'actions', name), { recursive: true });
      cpSync(path.join(REPO, 'actions', name, 'action.yml'), path.join(work, 'actions', name, 'action.yml'));
    }
  });
}

/** The CLI bundle as `npm run build` makes it (dist/cli/index.js and its chunks), from the current sources. */
export function cliBundle(): string {
  const target = builtOnce('cli', (work) => nccBuild('src/cli/index.ts', path.join(work, 'cli')));
  return path.join(target, 'cli', 'index.js');
}

/** Built once per source state and kept in the temp folder, so test files share it. */
function builtOnce(kind: string, build: (work: string) => void): string {
  const target = path.join(tmpdir(), `cloudgate-e2e-${kind}-${sourceHash()}`);
  if (existsSync(path.join(target, 'ready'))) return target;
  const work = mkdtempSync(path.join(tmpdir(), 'cloudgate-e2e-build-'));
  build(work);
  cpSync(path.join(REPO, 'package.json'), path.join(work, 'ready'));
  try {
    renameSync(work, target);
  } catch {
    // Another test file built the same sources at the same time: use theirs.
    rmSync(work, { recursive: true, force: true });
  }
  return target;
}

function nccBuild(entry: string, out: string): void {
  const ncc = path.join(REPO, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--target', 'es2022', '-q', '-t'], {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function sourceHash(): string {
  const hash = createHash('sha256');
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else if (/\.(ts|json|ya?ml)$/.test(name)) hash.update(full).update(readFileSync(full));
    }
  };
  visit(path.join(REPO, 'src'));
  visit(path.join(REPO, 'actions'));
  for (const file of ['action.yml', 'package.json', 'package-lock.json', 'tsconfig.json'])
    hash.update(readFileSync(path.join(REPO, file)));
  return hash.digest('hex').slice(0, 16);
}
