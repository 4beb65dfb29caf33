import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { setCommitStatus } from '../../../src/core/github/commit-status';
import { recordingLogger } from '../../../src/core/github/logger';
import { createGitHubClient, type GitHubClient } from '../../../src/core/github/octokit';
import { uploadSarif } from '../../../src/core/github/sarif-upload';
import { MAX_ISSUE_COMMENT_CHARS, upsertStickyComment } from '../../../src/core/github/sticky-comment';
import { startGitHubServer, type GitHubServer } from '../../helpers/github-server/server';

const HEAD = 'c'.repeat(40);

describe('sticky summary comment, SARIF upload and commit status against the loopback API', () => {
  let server: GitHubServer;
  let client: GitHubClient;
  const log = recordingLogger();

  beforeEach(async () => {
    server = await startGitHubServer();
    server.state.tokens.set('token', {});
    server.state.addPull({
      number: 3,
      headSha: HEAD,
      baseSha: 'd'.repeat(40),
      headRef: 'f',
      baseRef: 'main',
      diff: '',
    });
    client = createGitHubClient({ token: 'token', apiUrl: server.url, log, secondMs: 5, pace: false });
  });

  afterEach(() => server.close());

  const target = (key = 'cloudgate') => ({ owner: 'acme', repo: 'infra', issueNumber: 3, key });

  it('creates one summary comment and then edits it in place', async () => {
    const results = [];
    for (const text of ['first', 'second', 'second'])
      results.push((await upsertStickyComment(client, target(), text)).action);
    expect(results).toEqual(['created', 'updated', 'unchanged']);
    expect(server.state.issueComments).toHaveLength(1);
    expect(server.state.issueComments[0]?.body).toMatch(/^<!-- cloudgate:summary key=cloudgate -->\nsecond$/);
  });

  it('keeps the summaries of different categories apart', async () => {
    await upsertStickyComment(client, target('iac'), 'iac');
    await upsertStickyComment(client, target('image'), 'image');
    await upsertStickyComment(client, target('iac'), 'iac again');
    expect(server.state.issueComments.map((comment) => comment.body?.split('\n')[1])).toEqual([
      'iac again',
      'image',
    ]);
  });

  it('prefers the comment a bot wrote over a person quoting the marker', async () => {
    server.state.tokens.set('person', { login: 'mallory' });
    const person = createGitHubClient({ token: 'person', apiUrl: server.url, log, pace: false });
    await person.rest.issues.createComment({
      owner: 'acme',
      repo: 'infra',
      issue_number: 3,
      body: 'quote <!-- cloudgate:summary key=cloudgate -->',
    });
    await upsertStickyComment(client, target(), 'bot text');
    await upsertStickyComment(client, target(), 'bot text 2');
    const bodies = server.state.issueComments.map((comment) => comment.body);
    expect(bodies[0]).toContain('quote');
    expect(bodies.filter((body) => body?.includes('bot text 2'))).toHaveLength(1);
  });

  it("cuts a body over GitHub's limit with a note instead of failing", async () => {
    await upsertStickyComment(client, target(), `${'x'.repeat(100)}\n`.repeat(1000));
    const body = server.state.issueComments[0]!.body!;
    expect(body.length).toBeLessThanOrEqual(MAX_ISSUE_COMMENT_CHARS);
    expect(body).toContain('Cut to fit');
  });

  it('does not create a second comment when GitHub loses the answer to the first', async () => {
    server.state.faults.failAfterWrite = { count: 1, status: 502 };
    const result = await upsertStickyComment(client, target(), 'text');
    expect(result.action).toBe('unchanged');
    expect(server.state.issueComments).toHaveLength(1);
  });

  const sarif = JSON.stringify({
    version: '2.1.0',
    runs: [
      { tool: { driver: { name: 'cloudgate' } }, automationDetails: { id: 'cloudgate/iac/' }, results: [] },
    ],
  });
  const uploadTarget = {
    owner: 'acme',
    repo: 'infra',
    commitSha: HEAD,
    ref: 'refs/pull/3/merge',
    checkoutUri: 'file:///work',
  };

  it('uploads SARIF gzipped and base64-encoded with commit, ref and checkout URI', async () => {
    const result = await uploadSarif(client, uploadTarget, sarif, log);
    const sent = server.state.requests.find((request) => request.path.endsWith('/code-scanning/sarifs'))!
      .body as Record<string, string>;
    expect(JSON.parse(gunzipSync(Buffer.from(sent.sarif!, 'base64')).toString('utf8'))).toEqual(
      JSON.parse(sarif),
    );
    expect(sent).toMatchObject({ commit_sha: HEAD, ref: 'refs/pull/3/merge', checkout_uri: 'file:///work' });
    expect(result.id).toBe(server.state.sarifs[0]?.id);
  });

  it('waits for processing and reports what code scanning rejected', async () => {
    server.state.faults.sarifPendingPolls = 2;
    const twoRuns = JSON.stringify({
      version: '2.1.0',
      runs: [0, 1].map(() => ({
        tool: { driver: { name: 'cloudgate' } },
        automationDetails: { id: 'same/' },
        results: [],
      })),
    });
    const sleeps: number[] = [];
    const result = await uploadSarif(client, uploadTarget, twoRuns, log, {
      timeoutMs: 60_000,
      intervalMs: 100,
      sleep: async (ms) => void sleeps.push(ms),
    });
    expect(sleeps).toEqual([100, 100]);
    expect(result).toMatchObject({
      processingStatus: 'failed',
      errors: ['A delivery cannot contain multiple runs with the same category'],
    });
  });

  it('refuses a SARIF file over 10 MB after gzip before sending it', async () => {
    const noise = randomBytes(11_000_000).toString('base64');
    await expect(uploadSarif(client, uploadTarget, JSON.stringify({ noise }), log)).rejects.toThrow(
      /after gzip/,
    );
    expect(server.state.sarifs).toHaveLength(0);
  });

  it('refuses a ref code scanning would not take', async () => {
    await expect(uploadSarif(client, { ...uploadTarget, ref: 'main' }, sarif, log)).rejects.toMatchObject({
      hint: expect.stringContaining('refs/heads/<branch>'),
    });
  });

  it('sets a commit status with a short description', async () => {
    await setCommitStatus(client, {
      owner: 'acme',
      repo: 'infra',
      sha: HEAD,
      state: 'failure',
      description: 'x'.repeat(300),
      context: 'cloudgate/iac',
    });
    expect(server.state.statuses[0]).toMatchObject({ sha: HEAD, state: 'failure', context: 'cloudgate/iac' });
    expect(server.state.statuses[0]?.description?.length).toBe(140);
  });
});
