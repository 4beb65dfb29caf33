import type { Logger } from './logger';
import type { GitHubClient } from './octokit';
import { resolvedMarker } from './markers';
import type { ExistingComment } from './review-plan';

export interface ThreadTarget {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
}

interface ThreadNode {
  id: string;
  isResolved: boolean;
  comments: { nodes: { databaseId: number | null }[] };
}

interface ThreadsPage {
  repository: {
    pullRequest: {
      reviewThreads: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: ThreadNode[] };
    } | null;
  } | null;
}

const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $first: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`;

const RESOLVE_MUTATION = `mutation($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;

/** At most this many pages of 100 threads: a pull request with more is beyond any review. */
const MAX_PAGES = 50;

/**
 * Closes the threads of findings that are gone. Resolution is a GraphQL-only operation; where it is not
 * available (an older GitHub Enterprise Server, a token without the scope), the comment is edited instead
 * to say the finding is fixed, so nobody chases it.
 */
export async function closeStaleThreads(
  client: GitHubClient,
  target: ThreadTarget,
  stale: ExistingComment[],
  log: Logger,
): Promise<{ resolved: number; marked: number }> {
  if (stale.length === 0) return { resolved: 0, marked: 0 };
  let threads: Map<number, ThreadNode> | undefined;
  try {
    threads = await listThreads(client, target);
  } catch (error) {
    log.info(`could not read review threads (${(error as Error).message}); marking fixed comments instead`);
  }
  let resolved = 0;
  let marked = 0;
  for (const comment of stale) {
    const thread = threads?.get(comment.id);
    if (thread?.isResolved) continue;
    if (thread && (await resolve(client, thread.id, log))) {
      resolved++;
      continue;
    }
    if (await markFixed(client, target, comment, log)) marked++;
  }
  return { resolved, marked };
}

async function listThreads(client: GitHubClient, target: ThreadTarget): Promise<Map<number, ThreadNode>> {
  const byRootComment = new Map<number, ThreadNode>();
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result: ThreadsPage = await client.graphql<ThreadsPage>(THREADS_QUERY, {
      owner: target.owner,
      repo: target.repo,
      number: target.number,
      first: 100,
      after,
    });
    const threads = result.repository?.pullRequest?.reviewThreads;
    if (!threads) break;
    for (const node of threads.nodes) {
      const root = node.comments.nodes[0]?.databaseId;
      if (typeof root === 'number') byRootComment.set(root, node);
    }
    if (!threads.pageInfo.hasNextPage) break;
    after = threads.pageInfo.endCursor;
  }
  return byRootComment;
}

async function resolve(client: GitHubClient, threadId: string, log: Logger): Promise<boolean> {
  try {
    await client.graphql(RESOLVE_MUTATION, { threadId });
    return true;
  } catch (error) {
    log.info(
      `could not resolve review thread ${threadId} (${(error as Error).message}); marking the comment instead`,
    );
    return false;
  }
}

async function markFixed(
  client: GitHubClient,
  target: ThreadTarget,
  comment: ExistingComment,
  log: Logger,
): Promise<boolean> {
  try {
    await client.rest.pulls.updateReviewComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: comment.id,
      body: `✅ **Fixed:** cloudgate no longer reports this finding as of ${target.headSha.slice(0, 7)}.\n\n${resolvedMarker()}\n\n<details><summary>Original comment</summary>\n\n${comment.body}\n\n</details>`,
    });
    return true;
  } catch (error) {
    if ((error as { status?: number }).status === 403) throw error;
    log.info(`could not mark comment ${comment.id} as fixed (${(error as Error).message})`);
    return false;
  }
}
