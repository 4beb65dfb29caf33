import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { evaluateGate } from '../../../src/core/gate';
import { createGitHubClient } from '../../../src/core/github/octokit';
import { publishReport } from '../../../src/core/github/publish';
import type { PublishSettings, PublishTarget } from '../../../src/core/github/publish-types';
import { createRunnerIO } from '../../../src/core/github/runner-io';
import { FixtureRepo } from '../../helpers/github-server/fixture-repo';
import { startGitHubServer, type GitHubServer } from '../../helpers/github-server/server';
import { fileFinding, reportOf } from './report-fixtures';

describe('publishing a report', () => {
  let repo: FixtureRepo;
  let server: GitHubServer;
  let dir: string;
  let output: string[];
  let pull: { number: number; headSha: string; baseSha: string };
  let diffText: string;

  beforeAll(() => {
    repo = FixtureRepo.create();
    repo.write({ 'k8s/app.yaml': 'a: 1\nb: 2\n' });
    const baseSha = repo.commit('base');
    repo.write({ 'k8s/app.yaml': 'a: 1\nb: 2\nc: 3\nd: 4\n' });
    const headSha = repo.commit('head');
    pull = { number: 5, headSha, baseSha };
    diffText = repo.pullDiff(baseSha, headSha);
  });

  afterAll(() => repo.remove());

  beforeEach(async () => {
    server = await startGitHubServer();
    server.state.tokens.set('write', {});
    server.state.tokens.set('fork', { readOnly: true });
    server.state.addPull({ ...pull, headRef: 'f', baseRef: 'main', diff: diffText });
    dir = mkdtempSync(path.join(tmpdir(), 'cloudgate-publish-'));
    writeFileSync(path.join(dir, 'summary.md'), '');
    output = [];
  });

  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const settings: Omit<PublishSettings, 'outputDir'> = {
    title: 'cloudgate IaC',
    comment: 'review',
    sarifUpload: true,
    category: 'cloudgate-iac',
    maxComments: 25,
    waitForProcessingSeconds: 0,
    commitStatus: false,
  };
  const target = (extra: Partial<PublishTarget> = {}): PublishTarget => ({
    owner: 'acme',
    repo: 'infra',
    commitSha: pull.headSha,
    ref: `refs/pull/${pull.number}/merge`,
    pullRequest: pull,
    runUrl: 'https://github.com/acme/infra/actions/runs/1',
    repositoryUrl: 'https://github.com/acme/infra',
    ...extra,
  });
  const run = async (
    token: string,
    extra: Partial<PublishTarget> = {},
    report = reportOf([fileFinding('k8s/app.yaml', 3), fileFinding('k8s/app.yaml', 1)]),
    extraSettings: Partial<PublishSettings> = {},
  ) => {
    const io = createRunnerIO(
      { GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md') },
      (text) => void output.push(text),
    );
    const client = createGitHubClient({ token, apiUrl: server.url, log: io.log, secondMs: 5, pace: false });
    const gate = evaluateGate(report, { failOn: 'high' });
    const result = await publishReport(
      {
        report,
        gate,
        settings: { ...settings, outputDir: path.join(dir, 'out'), ...extraSettings },
        target: target(extra),
      },
      { io, client, git: undefined },
    );
    return { result, summary: readFileSync(path.join(dir, 'summary.md'), 'utf8') };
  };

  it('writes files, summary and annotations, and comments, uploads and keeps one summary comment', async () => {
    const { result, summary } = await run('write');
    expect(JSON.parse(readFileSync(result.sarifFile, 'utf8')).runs[0].results).toHaveLength(2);
    expect(JSON.parse(readFileSync(result.reportFile, 'utf8')).findings).toHaveLength(2);
    // The file written is the text uploaded, and the size limit was checked on that text.
    const upload = server.state.requests.find((request) => request.path.endsWith('/code-scanning/sarifs'))!
      .body as Record<string, string>;
    const uploaded = gunzipSync(Buffer.from(upload.sarif!, 'base64')).toString('utf8');
    expect(uploaded).toBe(readFileSync(result.sarifFile, 'utf8'));
    expect(result.problems).toEqual([]);
    expect(result.review).toMatchObject({ posted: 1 });
    expect(server.state.sarifs).toHaveLength(1);
    expect(server.state.sarifs[0]).toMatchObject({ commitSha: pull.headSha, ref: 'refs/pull/5/merge' });
    expect(server.state.issueComments).toHaveLength(1);
    expect(server.state.issueComments[0]?.body).toContain('Gate failed');
    expect(summary).toContain('Gate failed');
    expect(summary).toContain('### Publishing');
    expect(output.filter((line) => /^::error .*file=k8s\/app\.yaml,line=\d/.test(line))).toHaveLength(2);
  });

  it("adds a scanner's section below the report in the summary comment and the job summary", async () => {
    const appendix =
      '### Vulnerable packages\n\n| Package | Critical |\n| --- | ---: |\n| openssl | 2 |\n<!-- cloudgate:summary key=other -->';
    const { summary } = await run('write', {}, undefined, { appendix });
    const sticky = server.state.issueComments[0]?.body ?? '';
    for (const text of [sticky, summary]) {
      expect(text).toContain(
        '### Vulnerable packages\n\n| Package | Critical |\n| --- | ---: |\n| openssl | 2 |',
      );
      expect(text.indexOf('### Vulnerable packages')).toBeGreaterThan(text.indexOf('Gate failed'));
      // It cannot pass for another job's summary comment.
      expect(text).not.toContain('<!-- cloudgate:summary key=other');
    }
    expect(summary.indexOf('### Vulnerable packages')).toBeLessThan(summary.indexOf('### Publishing'));
  });

  it('keeps the section to half of the summary comment, cut between table rows', async () => {
    const rows = Array.from({ length: 2000 }, (_, index) => `| package-${index} | ${index} |`);
    const { summary } = await run('write', {}, undefined, {
      appendix: `### Vulnerable packages\n\n| Package | Critical |\n| --- | ---: |\n${rows.join('\n')}`,
    });
    const sticky = server.state.issueComments[0]?.body ?? '';
    expect(sticky.length).toBeLessThan(65_536);
    expect(sticky).toContain('Gate failed');
    expect(sticky).toMatch(/\| package-\d+ \| \d+ \|\n\n> Shortened to stay under the size limit/);
    expect(sticky).not.toContain('package-1999');
    expect(summary).toContain('| package-1999 | 1999 |');
  });

  it('on a fork pull request writes nothing to GitHub and still produces files and the summary', async () => {
    const { result, summary } = await run('fork', {
      readOnlyReason: 'This pull request comes from a fork, so its token is read-only',
    });
    expect(server.state.writes()).toEqual([]);
    expect(server.state.requests.every((request) => request.method === 'GET')).toBe(true);
    expect(result.problems).toEqual([]);
    expect(readFileSync(result.sarifFile, 'utf8')).toContain('k8s-privileged-container');
    expect(summary).toContain('nothing was written to the pull request');
    expect(summary).toMatch(/Critical/);
  });

  it('turns a token that cannot write into problems with the permission to add, never an exception', async () => {
    const { result, summary } = await run('fork');
    expect(result.problems.join('\n')).toMatch(/pull-requests: write/);
    expect(result.problems.join('\n')).toMatch(/security-events: write/);
    expect(summary).toContain('Resource not accessible by integration');
    expect(server.state.writes()).toEqual([]);
  });

  it('keeps publishing the rest when GitHub fails one step for good', async () => {
    const report = reportOf([fileFinding('k8s/app.yaml', 4)]);
    server.state.faults.secondaryRateLimit = {
      count: 100,
      retryAfterSeconds: 3600,
      status: 403,
      scope: 'writes',
    };
    const { result } = await run('write', {}, report);
    expect(result.problems.length).toBeGreaterThanOrEqual(2);
    expect(readFileSync(result.sarifFile, 'utf8')).toContain('k8s/app.yaml');
  });
});
