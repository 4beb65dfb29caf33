import { UserError } from '../errors';
import type { GitHubContext } from './context';
import type { Logger } from './logger';
import { createGitHubClient } from './octokit';
import type { PullRequestTarget } from './publish-types';

export interface VerifiedPull {
  pull?: PullRequestTarget;
  /** Why nothing is published to GitHub, when that is the outcome. */
  skip?: string;
}

/**
 * Decides which pull request the report action may publish for. Artifacts of a pull request run are
 * written by that pull request's code, so what they claim is checked against what GitHub says: in a
 * `workflow_run`, the commit of the run that made them, which must still be the pull request's head;
 * in the pull request's own run, its head.
 */
export async function verifyClaimedPull(
  context: GitHubContext,
  claimed: PullRequestTarget | undefined,
  token: string,
  log: Logger,
): Promise<VerifiedPull> {
  const run = context.workflowRun;
  if (!run) {
    const own = context.pullRequest;
    if (claimed && own && claimed.headSha !== own.headSha) {
      throw refusal(
        `the artifacts were made for commit ${short(claimed.headSha)}, not for this pull request's head ${short(own.headSha)}`,
      );
    }
    return {};
  }
  if (!claimed) return { skip: 'The artifacts name no pull request: publishing only the job summary.' };
  if (claimed.headSha !== run.headSha) {
    throw refusal(
      `the artifacts claim commit ${short(claimed.headSha)}, but the workflow run that produced them was for ${short(run.headSha)}`,
    );
  }
  if (!token) return { skip: 'No GitHub token: cannot check the pull request, so nothing is published.' };
  const client = createGitHubClient({ token, apiUrl: context.apiUrl, log });
  const { owner, repo } = context.repository;
  const pull = await client.rest.pulls.get({ owner, repo, pull_number: claimed.number });
  if (pull.data.head.repo?.full_name?.toLowerCase() !== run.headRepo.toLowerCase()) {
    throw refusal(
      `pull request #${claimed.number} does not come from ${run.headRepo}, where the workflow run ran`,
    );
  }
  if (pull.data.head.sha !== claimed.headSha) {
    return {
      skip: `Pull request #${claimed.number} has moved on to ${short(pull.data.head.sha)}; the run for that commit will report.`,
    };
  }
  return { pull: { number: claimed.number, headSha: claimed.headSha, baseSha: pull.data.base.sha } };
}

function refusal(problem: string): UserError {
  return new UserError(
    `${problem}: refusing to publish them`,
    'Artifacts of a pull request run are written by its (untrusted) code; cloudgate only publishes them for the commit GitHub says the run was for.',
    'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/actions.md#pull-requests-from-forks',
  );
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
