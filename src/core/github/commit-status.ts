import type { GitHubClient } from './octokit';

export interface CommitStatusInput {
  owner: string;
  repo: string;
  sha: string;
  state: 'success' | 'failure' | 'error' | 'pending';
  description: string;
  context: string;
  targetUrl?: string;
}

/**
 * A commit status on the pull request's head: how a trusted `workflow_run` job reports its verdict on a
 * fork's commit, where its own check run would land on the default branch instead.
 */
export async function setCommitStatus(client: GitHubClient, input: CommitStatusInput): Promise<void> {
  const description =
    input.description.length > 140 ? `${input.description.slice(0, 139)}…` : input.description;
  await client.rest.repos.createCommitStatus({
    owner: input.owner,
    repo: input.repo,
    sha: input.sha,
    state: input.state,
    description,
    context: input.context,
    ...(input.targetUrl ? { target_url: input.targetUrl } : {}),
  });
}
