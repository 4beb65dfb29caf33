import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ApiFailure,
  errorBody,
  failure,
  readBody,
  send,
  type ApiRequest,
  type ApiResponse,
} from './http-kit';
import { GitHubState } from './state';
import {
  createReview,
  deleteReviewComment,
  getPull,
  listFiles,
  listReviewComments,
  listReviews,
  updateReviewComment,
} from './routes-pulls';
import {
  createIssueComment,
  deleteIssueComment,
  listIssueComments,
  updateIssueComment,
} from './routes-issues';
import { sarifStatus, uploadSarif } from './routes-code-scanning';
import { createStatus } from './routes-statuses';
import { graphql } from './routes-graphql';

type Handler = (state: GitHubState, request: ApiRequest) => ApiResponse;

interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

const REPO = '/repos/(?<owner>[^/]+)/(?<repo>[^/]+)';

const ROUTES: Route[] = [
  { method: 'GET', pattern: new RegExp(`^${REPO}/pulls/(?<number>\\d+)$`), handler: getPull },
  { method: 'GET', pattern: new RegExp(`^${REPO}/pulls/(?<number>\\d+)/files$`), handler: listFiles },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/pulls/(?<number>\\d+)/comments$`),
    handler: listReviewComments,
  },
  { method: 'GET', pattern: new RegExp(`^${REPO}/pulls/(?<number>\\d+)/reviews$`), handler: listReviews },
  { method: 'POST', pattern: new RegExp(`^${REPO}/pulls/(?<number>\\d+)/reviews$`), handler: createReview },
  {
    method: 'PATCH',
    pattern: new RegExp(`^${REPO}/pulls/comments/(?<id>\\d+)$`),
    handler: updateReviewComment,
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`^${REPO}/pulls/comments/(?<id>\\d+)$`),
    handler: deleteReviewComment,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/issues/(?<number>\\d+)/comments$`),
    handler: listIssueComments,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^${REPO}/issues/(?<number>\\d+)/comments$`),
    handler: createIssueComment,
  },
  {
    method: 'PATCH',
    pattern: new RegExp(`^${REPO}/issues/comments/(?<id>\\d+)$`),
    handler: updateIssueComment,
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`^${REPO}/issues/comments/(?<id>\\d+)$`),
    handler: deleteIssueComment,
  },
  { method: 'POST', pattern: new RegExp(`^${REPO}/code-scanning/sarifs$`), handler: uploadSarif },
  {
    method: 'GET',
    pattern: new RegExp(`^${REPO}/code-scanning/sarifs/(?<id>[\\w-]+)$`),
    handler: sarifStatus,
  },
  { method: 'POST', pattern: new RegExp(`^${REPO}/statuses/(?<sha>[0-9a-f]{40})$`), handler: createStatus },
  { method: 'POST', pattern: /^\/graphql$/, handler: graphql },
];

/** GitHub accepts request bodies up to about 25 MB; larger ones never reach the endpoint. */
const MAX_REQUEST_BYTES = 25 * 1024 * 1024;

export interface GitHubServer {
  url: string;
  state: GitHubState;
  close(): Promise<void>;
}

/**
 * A GitHub REST and GraphQL API on 127.0.0.1 for one repository, with GitHub's request and response shapes
 * and the rules cloudgate must live with: authentication, read-only fork tokens, review lines that must be in
 * the diff, secondary rate limits, 5xx bursts and SARIF limits.
 */
export async function startGitHubServer(
  options: { owner?: string; repo?: string } = {},
): Promise<GitHubServer> {
  const state = new GitHubState(options.owner ?? 'acme', options.repo ?? 'infra');
  const server: Server = createServer((request, response) => {
    handle(state, request, response).catch((error: unknown) => {
      send(response, { status: 500, body: { message: `loopback server bug: ${(error as Error).message}` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(state: GitHubState, raw: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(raw.url ?? '/', `http://${raw.headers.host ?? '127.0.0.1'}`);
  const method = raw.method ?? 'GET';
  const { text, bytes } = await readBody(raw, MAX_REQUEST_BYTES);
  const token = /^(?:token|bearer)\s+(\S+)$/i.exec(raw.headers.authorization ?? '')?.[1];
  const record = { method, path: url.pathname, status: 0, ...(token ? { token } : {}) };
  state.requests.push(record);
  let result: ApiResponse;
  try {
    const body = text ? parseJson(text) : undefined;
    if (body !== undefined) Object.assign(record, { body });
    result = route(state, { method, url, params: {}, body, token, bodyBytes: bytes });
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    result = { status: error.status, body: errorBody(error), headers: error.headers };
  }
  record.status = result.status;
  send(response, result);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw failure(400, 'Problems parsing JSON');
  }
}

function route(state: GitHubState, request: ApiRequest): ApiResponse {
  injectFaults(state, request);
  if (request.bodyBytes > MAX_REQUEST_BYTES) throw failure(413, 'Request Entity Too Large');
  if (!request.token) throw failure(401, 'Requires authentication');
  const grant = state.tokens.get(request.token);
  if (!grant) throw failure(401, 'Bad credentials');
  for (const candidate of ROUTES) {
    if (candidate.method !== request.method) continue;
    const match = candidate.pattern.exec(request.url.pathname);
    if (!match) continue;
    const params = { ...match.groups };
    if (params.owner !== undefined && (params.owner !== state.owner || params.repo !== state.repo)) {
      throw failure(404, 'Not Found');
    }
    const isRestWrite = request.method !== 'GET' && candidate.handler !== graphql;
    if (isRestWrite && grant.readOnly) throw failure(403, 'Resource not accessible by integration');
    const result = candidate.handler(state, { ...request, params });
    const lost = state.faults.failAfterWrite;
    if (lost && lost.count > 0 && request.method !== 'GET') {
      lost.count--;
      throw failure(lost.status, 'Server Error');
    }
    return result;
  }
  throw failure(404, 'Not Found');
}

function injectFaults(state: GitHubState, request: ApiRequest): void {
  const errors = state.faults.serverErrors;
  if (errors && errors.count > 0) {
    errors.count--;
    throw failure(errors.status, errors.status === 502 ? 'Server Error' : 'Service Unavailable');
  }
  const limit = state.faults.secondaryRateLimit;
  const isWrite = request.method !== 'GET';
  if (limit && limit.count > 0 && (limit.scope === 'all' || isWrite)) {
    limit.count--;
    const error = failure(
      limit.status,
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID LOOP:0000.',
    );
    Object.assign(error.headers, {
      'retry-after': String(limit.retryAfterSeconds),
      'x-ratelimit-remaining': '4000',
    });
    throw error;
  }
}
