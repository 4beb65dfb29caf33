import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DiffIndex, parseGitDiff } from '../../../src/core/github/diff';
import { recordingLogger } from '../../../src/core/github/logger';
import { createGitHubClient, type GitHubClient } from '../../../src/core/github/octokit';
import { publishReview, type ReviewOptions } from '../../../src/core/github/review';
import type { Finding } from '../../../src/core/finding';
import { FixtureRepo } from '../../helpers/github-server/fixture-repo';
import { startGitHubServer, type GitHubServer } from '../../helpers/github-server/server';
import { fileFinding, PRIVILEGED_META } from './report-fixtures';

const BASE_FILE = Array.from({ length: 30 }, (_, i) => `      # base line ${i + 1}`);

describe('publishing a review to the loopback API', () => {
  let repo: FixtureRepo;
  let server: GitHubServer;
  let client: GitHubClient;
  let diff: DiffIndex;
  let headSha: string;
  let pull: { baseSha: string; text: string };
  const log = recordingLogger();

  beforeAll(() => {
    repo = FixtureRepo.create();
    repo.write({ 'deploy/app.yaml': `${BASE_FILE.join('\n')}\n`, 'untouched.yaml': 'a: 1\n' });
    const baseSha = repo.commit('base');
    repo.checkout('feature', true);
    const head = [...BASE_FILE];
    head.splice(10, 0, '      securityContext:', '        privileged: true', '        runAsUser: 0');
    head[25] = '      # edited line';
    repo.write({
      'deploy/app.yaml': `${head.join('\n')}\n`,
      'deploy/new.yaml': 'kind: Pod\nprivileged: true\n',
    });
    headSha = repo.commit('head');
    const text = repo.pullDiff(baseSha, headSha);
    diff = new DiffIndex(parseGitDiff(text));
    pull = { baseSha, text };
  });

  afterAll(() => repo.remove());

  beforeEach(async () => {
    server = await startGitHubServer();
    server.state.tokens.set('token', {});
    server.state.addPull({
      number: 12,
      headSha,
      baseSha: pull.baseSha,
      headRef: 'feature',
      baseRef: 'main',
      diff: pull.text,
    });
    client = createGitHubClient({ token: 'token', apiUrl: server.url, log, secondMs: 5, pace: false });
  });

  afterEach(() => server.close());

  const target = () => ({ owner: 'acme', repo: 'infra', number: 12, headSha });
  const options = (extra: Partial<ReviewOptions> = {}): ReviewOptions => ({
    maxComments: 25,
    scanners: ['iac'],
    rules: new Map([[PRIVILEGED_META.id, PRIVILEGED_META]]),
    fileLines: (file) => readFileSync(path.join(repo.root, file), 'utf8').split('\n'),
    ...extra,
  });
  const ourComments = () =>
    server.state.reviewComments.filter((comment) => comment.body.includes('cloudgate:fp='));

  it('comments only on changed lines, once per run, and lists the rest', async () => {
    const findings: Finding[] = [
      fileFinding('deploy/app.yaml', 12),
      fileFinding('deploy/new.yaml', 2),
      fileFinding('deploy/app.yaml', 9),
      fileFinding('deploy/app.yaml', 3),
      fileFinding('untouched.yaml', 1),
      fileFinding('deploy/app.yaml', 26, { suppression: { kind: 'inline', reason: 'accepted' } }),
    ];
    const outcome = await publishReview(client, target(), findings, diff, options(), log);
    expect(outcome.posted).toBe(2);
    expect(server.state.reviews).toHaveLength(1);
    expect(ourComments().map((comment) => [comment.path, comment.line])).toEqual([
      ['deploy/app.yaml', 12],
      ['deploy/new.yaml', 2],
    ]);
    expect(
      outcome.notInline
        .map((finding) => finding.location.kind === 'file' && finding.location.range.startLine)
        .sort(),
    ).toEqual([1, 3, 9]);
    expect(server.state.requests.some((request) => request.status === 422)).toBe(false);
    const body = ourComments()[0]!.body;
    expect(body).toContain('Critical');
    expect(body).toContain('CIS Kubernetes');
    expect(body).toMatch(/<!-- cloudgate:fp=[0-9a-f]+ scanner=iac -->$/);
  });

  it('posts nothing new on re-runs: three runs leave the same comments', async () => {
    const findings = [fileFinding('deploy/app.yaml', 11), fileFinding('deploy/app.yaml', 13)];
    for (let run = 0; run < 3; run++) await publishReview(client, target(), findings, diff, options(), log);
    expect(ourComments()).toHaveLength(2);
    expect(server.state.reviews).toHaveLength(1);
  });

  it('recognises a finding that moved to another changed line by its fingerprint', async () => {
    const finding = fileFinding('deploy/app.yaml', 11);
    await publishReview(client, target(), [finding], diff, options(), log);
    const moved = {
      ...finding,
      location: { ...finding.location, range: { startLine: 13, startColumn: 1, endLine: 13, endColumn: 5 } },
    } as Finding;
    const outcome = await publishReview(client, target(), [moved], diff, options(), log);
    expect(outcome).toMatchObject({ posted: 0, alreadyCommented: 1 });
    expect(ourComments()).toHaveLength(1);
  });

  it('stops at the cap and says how many more there are', async () => {
    const findings = Array.from({ length: 30 }, () => fileFinding('deploy/app.yaml', 12));
    const outcome = await publishReview(client, target(), findings, diff, options({ maxComments: 25 }), log);
    expect(outcome).toMatchObject({ posted: 25, overCap: 5 });
    expect(server.state.reviews[0]?.body).toContain('5 more');
  });

  it('resolves the thread of a fixed finding', async () => {
    const [kept, fixed] = [fileFinding('deploy/app.yaml', 11), fileFinding('deploy/app.yaml', 12)];
    await publishReview(client, target(), [kept!, fixed!], diff, options(), log);
    const outcome = await publishReview(client, target(), [kept!], diff, options(), log);
    expect(outcome.resolved).toBe(1);
    const fixedComment = ourComments().find((comment) => comment.body.includes(fixed!.fingerprint))!;
    expect(server.state.threads.find((thread) => thread.rootCommentId === fixedComment.id)?.resolved).toBe(
      true,
    );
    expect(server.state.threads.filter((thread) => thread.resolved)).toHaveLength(1);
  });

  it('leaves the comments of other scanners alone', async () => {
    const image = fileFinding('deploy/app.yaml', 11, { scanner: 'image' });
    await publishReview(client, target(), [image], diff, options({ scanners: ['image'] }), log);
    const outcome = await publishReview(client, target(), [], diff, options({ scanners: ['iac'] }), log);
    expect(outcome.resolved).toBe(0);
    expect(server.state.threads.some((thread) => thread.resolved)).toBe(false);
  });

  it('marks the comment fixed when GraphQL is not available', async () => {
    const fixed = fileFinding('deploy/app.yaml', 12);
    await publishReview(client, target(), [fixed], diff, options(), log);
    server.state.faults.graphqlUnavailable = true;
    const first = await publishReview(client, target(), [], diff, options(), log);
    const second = await publishReview(client, target(), [], diff, options(), log);
    expect([first.markedFixed, second.markedFixed]).toEqual([1, 0]);
    expect(ourComments()[0]?.body).toMatch(/^✅ \*\*Fixed:\*\*/);
  });

  it('turns a fix inside a hunk into a suggestion block on the lines it replaces', async () => {
    const finding = fileFinding('deploy/app.yaml', 12, {
      fix: {
        description: 'Do not run privileged.',
        edits: [
          {
            path: 'deploy/app.yaml',
            range: { startLine: 12, startColumn: 21, endLine: 12, endColumn: 25 },
            replacement: 'false',
          },
        ],
      },
    });
    await publishReview(client, target(), [finding], diff, options(), log);
    const comment = ourComments()[0]!;
    expect(comment.body).toContain('```suggestion\n        privileged: false\n```');
    expect(comment.line).toBe(12);
  });

  it('moves every comment to the summary when GitHub refuses the review', async () => {
    const wrongDiff = new DiffIndex(
      parseGitDiff(
        [
          'diff --git a/deploy/app.yaml b/deploy/app.yaml',
          '--- a/deploy/app.yaml',
          '+++ b/deploy/app.yaml',
          '@@ -1,0 +1,3 @@',
          '+a',
          '+b',
          '+c',
          '',
        ].join('\n'),
      ),
    );
    const outcome = await publishReview(
      client,
      target(),
      [fileFinding('deploy/app.yaml', 2)],
      wrongDiff,
      options(),
      log,
    );
    expect(outcome.rejected).toMatch(/must be part of the diff/);
    expect(outcome.notInline).toHaveLength(1);
    expect(ourComments()).toHaveLength(0);
  });

  it('does not post twice when GitHub creates the review but loses its answer', async () => {
    server.state.faults.failAfterWrite = { count: 1, status: 502 };
    const findings = [fileFinding('deploy/app.yaml', 11), fileFinding('deploy/new.yaml', 1)];
    await publishReview(client, target(), findings, diff, options(), log);
    expect(ourComments()).toHaveLength(2);
    expect(server.state.reviews).toHaveLength(1);
  });
});
