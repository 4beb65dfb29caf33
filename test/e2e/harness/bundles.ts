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
 * Built once per source state and kept in the temp folder, so test files share it.
 */
export function actionCheckout(): string {
  const key = sourceHash();
  const target = path.join(tmpdir(), `cloudgate-e2e-action-${key}`);
  if (existsSync(path.join(target, 'ready'))) return target;
  const work = mkdtempSync(path.join(tmpdir(), 'cloudgate-e2e-build-'));
  const ncc = path.join(REPO, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  for (const name of ENTRIES) {
    execFileSync(
      process.execPath,
      [
        ncc,
        'build',
        `src/actions/${name}/index.ts`,
        '-o',
        path.join(work, 'dist', name),
        '--target',
        'es2022',
        '-q',
        '-t',
      ],
      {
        cwd: REPO,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
  }
  cpSync(path.join(REPO, 'action.yml'), path.join(work, 'action.yml'));
  for (const name of readdirSync(path.join(REPO, 'actions'))) {
    mkdirSync(path.join(work, 'actions', name), { recursive: true });
    cpSync(path.join(REPO, 'actions', name, 'action.yml'), path.join(work, 'actions', name, 'action.yml'));
  }
  cpSync(path.join(REPO, 'package.json'), path.join(work, 'ready'));
  try {
    renameSync(work, target);
  } catch {
    // Another test file built the same sources at the same time: use theirs.
    rmSync(work, { recursive: true, force: true });
  }
  return target;
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
