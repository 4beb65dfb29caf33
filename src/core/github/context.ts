import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../errors';
import type { Env } from './runner-io';

export interface RepositoryRef {
  owner: string;
  repo: string;
}

export interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
  baseRef: string;
  /** owner/name of the repository the head branch lives in. */
  headRepo: string;
  /** The head branch lives in another repository than the base. */
  fromFork: boolean;
}

export interface WorkflowRunInfo {
  id: number;
  event: string;
  headSha: string;
  headRepo: string;
  conclusion: string;
  /** Empty for pull requests from forks, as GitHub leaves it. */
  pullRequestNumbers: number[];
}

export interface GitHubContext {
  eventName: string;
  repository: RepositoryRef;
  sha: string;
  ref: string;
  actor: string;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  runId: string;
  runAttempt: string;
  pullRequest?: PullRequestInfo;
  workflowRun?: WorkflowRunInfo;
}

const MAX_EVENT_BYTES = 25 * 1024 * 1024;
const SHA = /^[0-9a-f]{40}$/;

/** Reads what the runner tells a step about its run: GITHUB_* variables and the event payload. */
export function readGitHubContext(env: Env): GitHubContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) {
    throw new UserError(
      'GITHUB_REPOSITORY is not set, so this does not look like a GitHub Actions run.',
      'Run the action inside a workflow, or use the cloudgate CLI outside GitHub Actions.',
    );
  }
  const payload = readEvent(env.GITHUB_EVENT_PATH);
  const context: GitHubContext = {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    repository: { owner, repo },
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
  };
  const pullRequest = readPullRequest(payload, `${owner}/${repo}`);
  if (pullRequest) context.pullRequest = pullRequest;
  const workflowRun = readWorkflowRun(payload);
  if (workflowRun) context.workflowRun = workflowRun;
  return context;
}

function readEvent(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  try {
    if (statSync(file).size > MAX_EVENT_BYTES) return {};
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function readPullRequest(payload: Record<string, unknown>, repository: string): PullRequestInfo | undefined {
  const pull = record(payload.pull_request);
  const number = pull?.number;
  const head = record(pull?.head);
  const base = record(pull?.base);
  if (typeof number !== 'number' || !head || !base) return undefined;
  const headSha = String(head.sha ?? '');
  const baseSha = String(base.sha ?? '');
  if (!SHA.test(headSha) || !SHA.test(baseSha)) return undefined;
  // A deleted fork leaves head.repo null: still a fork.
  const headRepo = String(record(head.repo)?.full_name ?? '');
  const baseRepo = String(record(base.repo)?.full_name ?? repository);
  return {
    number,
    headSha,
    baseSha,
    baseRef: String(base.ref ?? ''),
    headRepo,
    fromFork: headRepo.toLowerCase() !== baseRepo.toLowerCase(),
  };
}

function readWorkflowRun(payload: Record<string, unknown>): WorkflowRunInfo | undefined {
  const run = record(payload.workflow_run);
  if (!run || typeof run.id !== 'number') return undefined;
  const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  return {
    id: run.id,
    event: String(run.event ?? ''),
    headSha: String(run.head_sha ?? ''),
    headRepo: String(record(run.head_repository)?.full_name ?? ''),
    conclusion: String(run.conclusion ?? ''),
    pullRequestNumbers: pulls
      .map((pull) => record(pull)?.number)
      .filter((n): n is number => typeof n === 'number'),
  };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Whether this run's token can write to the pull request. GitHub caps the token of a `pull_request` run
 * from a fork (and of Dependabot's pull requests) at read for every scope, and passes no secrets.
 */
export function tokenIsReadOnly(context: GitHubContext): boolean {
  if (context.eventName !== 'pull_request') return false;
  return context.pullRequest?.fromFork === true || context.actor === 'dependabot[bot]';
}

/** The link to this run, for statuses and summaries. */
export function runUrl(context: GitHubContext): string {
  const { owner, repo } = context.repository;
  return `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`;
}
