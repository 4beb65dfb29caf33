import { createGitHubClient } from '../../../src/core/github/octokit';
import { recordingLogger } from '../../../src/core/github/logger';
import { startGitHubServer, type GitHubServer } from '../../helpers/github-server/server';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

describe('the GitHub client against the loopback API', () => {
  let server: GitHubServer;

  beforeEach(async () => {
    server = await startGitHubServer();
    server.state.tokens.set('write-token', {});
    server.state.addPull({
      number: 7,
      headSha: SHA_B,
      baseSha: SHA_A,
      headRef: 'feature',
      baseRef: 'main',
      diff: '',
    });
  });

  afterEach(() => server.close());

  const client = (token = 'write-token', extra: Record<string, unknown> = {}) =>
    createGitHubClient({
      token,
      apiUrl: server.url,
      log: recordingLogger(),
      secondMs: 5,
      pace: false,
      ...extra,
    });

  const comments = () =>
    server.state.requests.filter(
      (request) => request.path.endsWith('/issues/7/comments') && request.method === 'POST',
    );

  it('sends the token and reaches the endpoint', async () => {
    const response = await client().rest.pulls.get({ owner: 'acme', repo: 'infra', pull_number: 7 });
    expect(response.data.head.sha).toBe(SHA_B);
    expect(server.state.requests[0]?.token).toBe('write-token');
  });

  it('is refused without a valid token and does not retry a 401', async () => {
    await expect(
      client('wrong').rest.pulls.get({ owner: 'acme', repo: 'infra', pull_number: 7 }),
    ).rejects.toMatchObject({ status: 401 });
    expect(server.state.requests).toHaveLength(1);
  });

  it('waits out a secondary rate limit (403 with retry-after) and then succeeds', async () => {
    server.state.faults.secondaryRateLimit = { count: 2, retryAfterSeconds: 2, status: 403, scope: 'writes' };
    const started = Date.now();
    await client().rest.issues.createComment({
      owner: 'acme',
      repo: 'infra',
      issue_number: 7,
      body: 'hello',
    });
    expect(comments().map((request) => request.status)).toEqual([403, 403, 201]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2 * 2 * 5);
    expect(server.state.issueComments).toHaveLength(1);
  });

  it('honours retry-after on a 429 as well', async () => {
    server.state.faults.secondaryRateLimit = { count: 1, retryAfterSeconds: 1, status: 429, scope: 'writes' };
    await client().rest.issues.createComment({
      owner: 'acme',
      repo: 'infra',
      issue_number: 7,
      body: 'hello',
    });
    expect(comments().map((request) => request.status)).toEqual([429, 201]);
  });

  it('gives up when GitHub asks for a wait longer than allowed', async () => {
    server.state.faults.secondaryRateLimit = {
      count: 5,
      retryAfterSeconds: 3600,
      status: 403,
      scope: 'writes',
    };
    await expect(
      client('write-token', { maxWaitSeconds: 60 }).rest.issues.createComment({
        owner: 'acme',
        repo: 'infra',
        issue_number: 7,
        body: 'x',
      }),
    ).rejects.toMatchObject({ status: 403 });
    expect(comments()).toHaveLength(1);
  });

  it('retries a burst of 5xx answers', async () => {
    server.state.faults.serverErrors = { count: 2, status: 502 };
    const response = await client().rest.pulls.get({ owner: 'acme', repo: 'infra', pull_number: 7 });
    expect(response.status).toBe(200);
    expect(server.state.requests.map((request) => request.status)).toEqual([502, 502, 200]);
  });

  it('fails after its retries when the 5xx answers do not stop', async () => {
    server.state.faults.serverErrors = { count: 10, status: 503 };
    await expect(
      client('write-token', { retries: 2 }).rest.pulls.get({ owner: 'acme', repo: 'infra', pull_number: 7 }),
    ).rejects.toMatchObject({ status: 503 });
    expect(server.state.requests).toHaveLength(3);
  });

  it('never retries a 422 or a 404', async () => {
    await expect(
      client().rest.pulls.createReview({
        owner: 'acme',
        repo: 'infra',
        pull_number: 7,
        event: 'COMMENT',
        body: '',
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      client().rest.pulls.get({ owner: 'acme', repo: 'infra', pull_number: 99 }),
    ).rejects.toMatchObject({ status: 404 });
    expect(server.state.requests.map((request) => request.status)).toEqual([422, 404]);
  });

  it('never retries the 403 of a read-only token', async () => {
    server.state.tokens.set('fork-token', { readOnly: true });
    await expect(
      client('fork-token').rest.issues.createComment({
        owner: 'acme',
        repo: 'infra',
        issue_number: 7,
        body: 'x',
      }),
    ).rejects.toThrow(/Resource not accessible by integration/);
    expect(server.state.requests).toHaveLength(1);
  });

  it('spaces writes as GitHub asks when pacing is on (the default)', async () => {
    const paced = createGitHubClient({ token: 'write-token', apiUrl: server.url, log: recordingLogger() });
    const started = Date.now();
    for (const body of ['one', 'two'])
      await paced.rest.issues.createComment({ owner: 'acme', repo: 'infra', issue_number: 7, body });
    // Comments notify people: GitHub asks for at least 3 s between them.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2900);
  });
});
