import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DiffIndex, parseGitDiff } from '../../../src/core/github/diff';
import { recordingLogger } from '../../../src/core/github/logger';
import { createGitHubClient, type GitHubClient } from '../../../src/core/github/octokit';
import { readFingerprintMarker } from '../../../src/core/github/markers';
import { publishReview, type ReviewOptions } from '../../../src/core/github/review';
import { MAX_FINDINGS_PER_COMMENT } from '../../../src/core/github/review-plan';
import type { Finding } from '../../../src/core/finding';
import { FixtureRepo } from '../../helpers/github-server/fixture-repo';
import { startGitHubServer, type GitHubServer } from '../../helpers/github-server/server';
import { fileFinding, PRIVILEGED_META } from './report-fixtures';

/** Distinct for any number of findings, whatever else the test file has made. */
const distinctFingerprint = (index: number) => `${index.toString(16).padStart(8, '0')}${'e'.repeat(24)}`;

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

  it('stops at the cap, counting comments, and says how many findings are left', async () => {
    const findings = [
      ...Array.from({ length: 3 }, () => fileFinding('deploy/app.yaml', 11)),
      fileFinding('deploy/app.yaml', 12),
      ...Array.from({ length: 5 }, () => fileFinding('deploy/app.yaml', 13, { severity: 'low' })),
    ];
    const outcome = await publishReview(client, target(), findings, diff, options({ maxComments: 2 }), log);
    expect(outcome).toMatchObject({ posted: 4, comments: 2, overCap: 5 });
    expect(ourComments().map((comment) => comment.line)).toEqual([11, 12]);
    expect(outcome.notInline.map((finding) => finding.severity)).toEqual(Array(5).fill('low'));
    expect(server.state.reviews[0]?.body).toContain('5 more');
  });

  it("writes one comment per line: the line's findings most severe first, and each recognised on re-runs", async () => {
    const severities = ['low', 'medium', 'critical', 'high', 'info'] as const;
    const findings = Array.from({ length: 30 }, (_, index) =>
      fileFinding('deploy/app.yaml', 12, {
        severity: severities[index % 5]!,
        message: `advisory ${index}`,
        fingerprint: distinctFingerprint(index),
      }),
    );
    const first = await publishReview(client, target(), findings, diff, options(), log);
    expect(first).toMatchObject({ posted: 30, comments: 1, overCap: 0 });
    expect(server.state.reviews[0]?.body).toContain(
      'commented on 30 findings on lines this pull request changes (in 1 comment: findings on the same line share one).',
    );
    expect(ourComments()).toHaveLength(1);
    const body = ourComments()[0]!.body;
    expect(body).toContain('30 findings on this line');
    expect(body).toContain('6 critical, 6 high, 6 medium, 6 low, 6 info');
    const listed = [...body.matchAll(/^- \*\*\S+ (\w+)\*\*/gm)].map((match) => match[1]);
    expect(listed).toEqual([...Array(6).fill('Critical'), ...Array(4).fill('High')]);
    expect(body).toContain('…and 20 more (2 high, 6 medium, 6 low, 6 info)');
    const marker = readFingerprintMarker(body)!;
    expect(marker.fingerprints.sort()).toEqual(findings.map((finding) => finding.fingerprint).sort());
    expect(marker.scanner).toBe('iac');

    const again = await publishReview(client, target(), findings, diff, options(), log);
    expect(again).toMatchObject({ posted: 0, alreadyCommented: 30, resolved: 0 });
    // One finding fixed: the comment still stands for the other 29.
    const partly = await publishReview(client, target(), findings.slice(1), diff, options(), log);
    expect(partly).toMatchObject({ posted: 0, resolved: 0, markedFixed: 0 });
    const gone = await publishReview(client, target(), [], diff, options(), log);
    expect(gone.resolved).toBe(1);
    expect(ourComments()).toHaveLength(1);
    expect(server.state.reviews).toHaveLength(1);
  });

  it("keeps each scanner's findings of a line in a comment of its own", async () => {
    const findings = [
      fileFinding('deploy/app.yaml', 12),
      fileFinding('deploy/app.yaml', 12),
      fileFinding('deploy/app.yaml', 12, { scanner: 'image' }),
    ];
    await publishReview(client, target(), findings, diff, options({ scanners: ['iac', 'image'] }), log);
    const markers = ourComments().map((comment) => readFingerprintMarker(comment.body)!);
    expect(markers.map((marker) => [marker.scanner, marker.fingerprints.length])).toEqual([
      ['iac', 2],
      ['image', 1],
    ]);
  });

  it('splits a line with more findings than one comment can name, and never repeats one', async () => {
    const findings = Array.from({ length: MAX_FINDINGS_PER_COMMENT * 2 + 5 }, (_, index) =>
      fileFinding('deploy/app.yaml', 12, { severity: 'medium', fingerprint: distinctFingerprint(index) }),
    );
    const first = await publishReview(client, target(), findings, diff, options(), log);
    expect(first).toMatchObject({ posted: findings.length, comments: 3 });
    expect(server.state.requests.some((request) => request.status === 422)).toBe(false);
    const named = ourComments().flatMap((comment) => readFingerprintMarker(comment.body)!.fingerprints);
    expect(new Set(named).size).toBe(findings.length);
    const second = await publishReview(client, target(), findings, diff, options(), log);
    expect(second).toMatchObject({ posted: 0, alreadyCommented: findings.length });
    expect(ourComments()).toHaveLength(3);
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
