import type { GitHubClient } from './octokit';
import type { Logger } from './logger';
import { DiffIndex, parseGitDiff, parsePatch, type FileDiff } from './diff';
import { hasCommit, mergeBase, type GitRunner } from './git';

/** GitHub's pull request files endpoint lists at most this many files. */
export const PR_FILES_LIMIT = 3000;

export interface PullRequestDiffTarget {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
}

export interface LoadedDiff {
  diff: DiffIndex;
  source: 'git' | 'api';
}

/**
 * The pull request's diff, computed locally with git when the checkout holds both ends (no file limit),
 * otherwise read from the files endpoint, which stops at 3,000 files and leaves out large patches.
 */
export async function loadPullRequestDiff(
  target: PullRequestDiffTarget,
  deps: { client: GitHubClient; git?: GitRunner; log: Logger },
): Promise<LoadedDiff> {
  if (deps.git) {
    const local = await localDiff(target, deps.git, deps.log);
    if (local) return { diff: local, source: 'git' };
  }
  return { diff: await apiDiff(target, deps.client, deps.log), source: 'api' };
}

async function localDiff(
  target: PullRequestDiffTarget,
  git: GitRunner,
  log: Logger,
): Promise<DiffIndex | undefined> {
  if (!(await hasCommit(git, target.headSha)) || !(await hasCommit(git, target.baseSha))) {
    log.debug(
      'the checkout lacks the pull request head or base commit (shallow clone); reading the diff from the API',
    );
    return undefined;
  }
  const base = await mergeBase(git, target.baseSha, target.headSha);
  if (!base) {
    log.debug('no merge base in the local history; reading the diff from the API');
    return undefined;
  }
  const result = await git([
    '-c',
    'core.quotePath=false',
    'diff',
    '--no-color',
    '--no-ext-diff',
    '-M',
    '-U3',
    base,
    target.headSha,
  ]);
  if (result.code !== 0) {
    log.debug(`git diff failed (${result.stderr.trim()}); reading the diff from the API`);
    return undefined;
  }
  return new DiffIndex(parseGitDiff(result.stdout));
}

interface PullFile {
  filename: string;
  status: string;
  patch?: string;
  previous_filename?: string;
}

async function apiDiff(target: PullRequestDiffTarget, client: GitHubClient, log: Logger): Promise<DiffIndex> {
  const files: FileDiff[] = [];
  const iterator = client.paginate.iterator(client.rest.pulls.listFiles, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.number,
    per_page: 100,
  });
  for await (const page of iterator) {
    for (const entry of page.data as PullFile[]) {
      const status =
        entry.status === 'added' || entry.status === 'removed' || entry.status === 'renamed'
          ? entry.status
          : 'modified';
      const file = parsePatch(entry.filename, entry.patch, status);
      if (entry.previous_filename) file.oldPath = entry.previous_filename;
      files.push(file);
    }
  }
  const truncated = files.length >= PR_FILES_LIMIT;
  if (truncated) {
    log.info(
      `GitHub lists only the first ${PR_FILES_LIMIT} files of a pull request; findings in the other files go to the summary. Check out with fetch-depth: 0 to compute the full diff locally.`,
    );
  }
  return new DiffIndex(files, truncated);
}
