import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FixtureRepo } from '../../helpers/github-server/fixture-repo';
import { startGitHubServer, type GitHubServer } from '../../helpers/github-server/server';
import type { Env } from './composite-runner';

export const OWNER = 'acme';
export const REPO = 'infra';
export const WRITE_TOKEN = 'ghs_writeToken000000000000000000000000';
export const FORK_TOKEN = 'ghs_forkToken0000000000000000000000000';

/**
 * A pull request on the loopback GitHub, backed by a real git repository that also serves as the
 * runner's workspace (checked out at the merge commit, as actions/checkout does for pull_request).
 */
export class PullRequestWorld {
  readonly number = 42;
  baseSha = '';
  headSha = '';
  mergeSha = '';
  private runs = 0;

  private constructor(
    readonly repo: FixtureRepo,
    readonly server: GitHubServer,
    readonly temp: string,
    readonly fork: boolean,
  ) {}

  static async create(
    files: { base: Record<string, string>; head: Record<string, string | null> },
    options: { fork?: boolean } = {},
  ): Promise<PullRequestWorld> {
    const repo = FixtureRepo.create('cloudgate-e2e-repo-');
    const server = await startGitHubServer({ owner: OWNER, repo: REPO });
    server.state.tokens.set(WRITE_TOKEN, {});
    server.state.tokens.set(FORK_TOKEN, { readOnly: true });
    const world = new PullRequestWorld(
      repo,
      server,
      mkdtempSync(path.join(tmpdir(), 'cloudgate-e2e-runner-')),
      options.fork === true,
    );
    repo.write(files.base);
    world.baseSha = repo.commit('base');
    repo.checkout('feature', true);
    repo.write(files.head);
    world.headSha = repo.commit('pull request');
    world.checkoutMerge();
    server.state.addPull({
      number: world.number,
      headSha: world.headSha,
      baseSha: world.baseSha,
      headRef: 'feature',
      baseRef: 'main',
      headRepo: world.fork ? 'contributor/infra' : `${OWNER}/${REPO}`,
      diff: repo.pullDiff(world.baseSha, world.headSha),
    });
    return world;
  }

  /** A new commit on the pull request's branch: a new head, diff and merge checkout. */
  push(files: Record<string, string | null>): void {
    this.repo.checkout('feature');
    this.repo.write(files);
    this.headSha = this.repo.commit('follow-up');
    this.checkoutMerge();
    this.server.state.pushToPull(this.number, {
      headSha: this.headSha,
      diff: this.repo.pullDiff(this.baseSha, this.headSha),
    });
  }

  private checkoutMerge(): void {
    // refs/pull/N/merge: the head merged into the base, as GitHub prepares it.
    this.repo.git('checkout', '--quiet', '--detach', this.baseSha);
    this.repo.git(
      'merge',
      '--quiet',
      '--no-ff',
      '--no-edit',
      '-m',
      `Merge ${this.headSha} into ${this.baseSha}`,
      this.headSha,
    );
    this.mergeSha = this.repo.head();
  }

  /** The environment the runner gives a job of a `pull_request` run. */
  jobEnv(extra: Env = {}, payload: Record<string, unknown> = this.pullRequestEvent()): Env {
    this.runs++;
    const runDir = path.join(this.temp, `run-${this.runs}`);
    mkdirSync(path.join(runDir, 'runner-temp'), { recursive: true });
    const event = path.join(runDir, 'event.json');
    writeFileSync(event, JSON.stringify(payload));
    writeFileSync(path.join(runDir, 'summary.md'), '');
    return {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_REPOSITORY_OWNER: OWNER,
      GITHUB_SHA: this.mergeSha,
      GITHUB_REF: `refs/pull/${this.number}/merge`,
      GITHUB_HEAD_REF: 'feature',
      GITHUB_BASE_REF: 'main',
      GITHUB_WORKSPACE: this.repo.root,
      GITHUB_API_URL: this.server.url,
      GITHUB_GRAPHQL_URL: `${this.server.url}/graphql`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: String(5000 + this.runs),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: this.fork ? 'contributor' : 'developer',
      GITHUB_OUTPUT: path.join(runDir, 'output'),
      GITHUB_STEP_SUMMARY: path.join(runDir, 'summary.md'),
      RUNNER_TEMP: path.join(runDir, 'runner-temp'),
      RUNNER_OS: 'Linux',
      ...extra,
    };
  }

  /**
   * A job of the trusted `workflow_run` workflow that follows the pull request's run: default branch,
   * write token, no checkout of the pull request, and GitHub's account of the run that triggered it.
   */
  workflowRunJobEnv(triggeringRunId: string): Env {
    const workspace = mkdtempSync(path.join(this.temp, 'trusted-workspace-'));
    const repository = { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } };
    const payload = {
      action: 'completed',
      workflow_run: {
        id: Number(triggeringRunId),
        event: 'pull_request',
        head_sha: this.headSha,
        head_branch: 'feature',
        head_repository: { full_name: this.fork ? 'contributor/infra' : `${OWNER}/${REPO}` },
        conclusion: 'success',
        // GitHub leaves this empty for pull requests from forks.
        pull_requests: [],
      },
      repository,
    };
    return this.jobEnv(
      {
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_SHA: this.baseSha,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_WORKSPACE: workspace,
        GITHUB_ACTOR: 'developer',
      },
      payload,
    );
  }

  get token(): string {
    return this.fork ? FORK_TOKEN : WRITE_TOKEN;
  }

  pullRequestEvent(): Record<string, unknown> {
    const repository = { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } };
    const headRepo = this.fork
      ? { full_name: 'contributor/infra', name: REPO, owner: { login: 'contributor' }, fork: true }
      : repository;
    return {
      action: 'synchronize',
      number: this.number,
      pull_request: {
        number: this.number,
        head: { sha: this.headSha, ref: 'feature', repo: headRepo },
        base: { sha: this.baseSha, ref: 'main', repo: repository },
      },
      repository,
    };
  }

  async close(): Promise<void> {
    await this.server.close();
    this.repo.remove();
    rmSync(this.temp, { recursive: true, force: true });
  }
}
