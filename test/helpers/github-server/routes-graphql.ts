import { ApiRequest, ApiResponse, failure, requireObject } from './http-kit';
import type { GitHubState } from './state';

/**
 * The two GraphQL operations cloudgate sends: listing a pull request's review threads and
 * (un)resolving one. Anything else answers a GraphQL error, so a new query fails loudly in tests.
 */
export function graphql(state: GitHubState, request: ApiRequest): ApiResponse {
  if (state.faults.graphqlUnavailable) throw failure(404, 'Not Found');
  const body = requireObject(request.body);
  const query = String(body.query ?? '');
  const variables = (body.variables ?? {}) as Record<string, unknown>;
  const readOnly = state.tokens.get(request.token ?? '')?.readOnly === true;
  if (/\bmutation\b/.test(query)) {
    if (readOnly) return forbidden(query);
    const mutation = /\b(resolveReviewThread|unresolveReviewThread)\b/.exec(query)?.[1];
    if (!mutation)
      return graphqlError('This server supports only resolveReviewThread and unresolveReviewThread');
    const thread = state.threads.find((candidate) => candidate.nodeId === variables.threadId);
    if (!thread)
      return graphqlError(
        `Could not resolve to a node with the global id of '${String(variables.threadId)}'`,
        'NOT_FOUND',
      );
    thread.resolved = mutation === 'resolveReviewThread';
    return {
      status: 200,
      body: { data: { [mutation]: { thread: { id: thread.nodeId, isResolved: thread.resolved } } } },
    };
  }
  if (/\breviewThreads\b/.test(query)) return reviewThreads(state, variables);
  return graphqlError('This server supports only the reviewThreads query');
}

function reviewThreads(state: GitHubState, variables: Record<string, unknown>): ApiResponse {
  if (variables.owner !== state.owner || variables.repo !== state.repo) {
    return graphqlError(
      `Could not resolve to a Repository with the name '${String(variables.owner)}/${String(variables.repo)}'.`,
      'NOT_FOUND',
    );
  }
  const number = Number(variables.number);
  if (!state.pulls.has(number))
    return graphqlError(`Could not resolve to a PullRequest with the number of ${number}.`, 'NOT_FOUND');
  const pageSize = Math.min(100, Number(variables.first ?? 100));
  const start = variables.after ? Number(Buffer.from(String(variables.after), 'base64').toString('utf8')) : 0;
  const threads = state.threads.filter((thread) => thread.pull === number);
  const page = threads.slice(start, start + pageSize);
  const end = start + page.length;
  const nodes = page.map((thread) => {
    const comments = state.reviewComments.filter(
      (comment) => comment.id === thread.rootCommentId || comment.in_reply_to_id === thread.rootCommentId,
    );
    const root = comments.find((comment) => comment.id === thread.rootCommentId);
    return {
      id: thread.nodeId,
      isResolved: thread.resolved,
      isOutdated: root ? root.line === null : true,
      path: root?.path ?? '',
      line: root?.line ?? null,
      comments: {
        totalCount: comments.length,
        nodes: comments.slice(0, 1).map((comment) => ({
          databaseId: comment.id,
          body: comment.body,
          author: { login: comment.user.login },
        })),
      },
    };
  });
  return {
    status: 200,
    body: {
      data: {
        repository: {
          pullRequest: {
            reviewThreads: {
              pageInfo: {
                hasNextPage: end < threads.length,
                endCursor: Buffer.from(String(end)).toString('base64'),
              },
              nodes,
            },
          },
        },
      },
    },
  };
}

function forbidden(query: string): ApiResponse {
  const field =
    /\b(resolveReviewThread|unresolveReviewThread|\w+)\s*\(/.exec(query.replace(/^[^{]*\{/, ''))?.[1] ??
    'mutation';
  return {
    status: 200,
    body: {
      data: { [field]: null },
      errors: [
        {
          type: 'FORBIDDEN',
          path: [field],
          locations: [{ line: 2, column: 3 }],
          message: 'Resource not accessible by integration',
        },
      ],
    },
  };
}

function graphqlError(message: string, type?: string): ApiResponse {
  return { status: 200, body: { data: null, errors: [{ message, ...(type ? { type } : {}) }] } };
}
