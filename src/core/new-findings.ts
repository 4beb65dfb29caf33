import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { UserError } from './errors';
import type { Report } from './report';
import { FULL_SHA, hasCommit, mergeBase, type GitRunner } from './github/git';
import type { Logger } from './github/logger';

export interface BaseScanInput {
  git: GitRunner;
  /** Where the temporary worktree goes (RUNNER_TEMP on a runner). */
  tempDir: string;
  baseSha: string;
  headSha: string;
  /** Scans a checkout of the base at this root, with the head's configuration. */
  scan: (root: string) => Report | Promise<Report>;
  log: Logger;
}

export interface BaseScan {
  fingerprints: Set<string>;
  /** The commit scanned: the merge base, or the base tip when history is too shallow to find it. */
  scannedSha: string;
}

const FETCH_DEPTH = '200';

/**
 * For `fail-on-scope: new`: scans the pull request's merge base in a git worktree and returns the
 * fingerprints found there. A head finding whose fingerprint is among them is not new. Fingerprints
 * ignore line numbers, so lines inserted above an old finding do not make it new.
 */
export async function scanBaseFingerprints(input: BaseScanInput): Promise<BaseScan> {
  const { git, log } = input;
  if (!FULL_SHA.test(input.baseSha) || !FULL_SHA.test(input.headSha))
    throw new UserError('the pull request base or head is not a full commit SHA');
  const scannedSha = await commitToScan(git, input.baseSha, input.headSha, log);
  const worktree = mkdtempSync(path.join(input.tempDir, 'cloudgate-base-'));
  const added = await git(['worktree', 'add', '--detach', '--force', worktree, scannedSha]);
  if (added.code !== 0) {
    rmSync(worktree, { recursive: true, force: true });
    throw new UserError(
      `could not check out the base commit ${scannedSha.slice(0, 7)} for fail-on-scope: new (${added.stderr.trim()})`,
    );
  }
  try {
    const report = await input.scan(worktree);
    return { fingerprints: new Set(report.findings.map((finding) => finding.fingerprint)), scannedSha };
  } finally {
    await git(['worktree', 'remove', '--force', worktree]);
    rmSync(worktree, { recursive: true, force: true });
    await git(['worktree', 'prune']);
  }
}

async function commitToScan(git: GitRunner, baseSha: string, headSha: string, log: Logger): Promise<string> {
  const local =
    (await hasCommit(git, baseSha)) && (await hasCommit(git, headSha))
      ? await mergeBase(git, baseSha, headSha)
      : undefined;
  if (local) return local;
  log.info(`fetching the pull request's base and head (depth ${FETCH_DEPTH}) to find their merge base`);
  await git([
    'fetch',
    '--no-tags',
    '--no-recurse-submodules',
    `--depth=${FETCH_DEPTH}`,
    'origin',
    baseSha,
    headSha,
  ]);
  const fetched = await mergeBase(git, baseSha, headSha);
  if (fetched) return fetched;
  if (await hasCommit(git, baseSha)) {
    log.warning(
      `No merge base of ${baseSha.slice(0, 7)} and ${headSha.slice(0, 7)} within the fetched history; comparing with the base branch tip instead. Check out with fetch-depth: 0 for an exact comparison.`,
    );
    return baseSha;
  }
  throw new UserError(
    `fail-on-scope: new needs the pull request's base commit ${baseSha.slice(0, 7)}, and it could not be fetched`,
    'Check out the repository with actions/checkout and `fetch-depth: 0` (or keep its credentials so cloudgate can fetch the base).',
  );
}

/**
 * The base fingerprints for a run's pull request, or undefined outside one (where every finding counts
 * as new, which the log says).
 */
export async function pullRequestBaseFingerprints(
  pull: { baseSha: string; headSha: string } | undefined,
  input: Omit<BaseScanInput, 'baseSha' | 'headSha'>,
): Promise<Set<string> | undefined> {
  if (!pull) {
    input.log.info(
      'fail-on-scope: new compares a pull request with its base; outside a pull request every finding counts.',
    );
    return undefined;
  }
  input.log.info(
    `Scanning the merge base of ${pull.baseSha.slice(0, 7)} and ${pull.headSha.slice(0, 7)} for fail-on-scope: new`,
  );
  return (await scanBaseFingerprints({ ...input, baseSha: pull.baseSha, headSha: pull.headSha }))
    .fingerprints;
}
