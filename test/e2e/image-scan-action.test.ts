import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runImageScanAction } from '../../src/actions/image-scan/main';
import { createRunnerIO, type Env } from '../../src/core/github/runner-io';
import { FixtureRepo } from '../helpers/github-server/fixture-repo';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server/server';
import { StandInTrivy } from '../scanners/image/stand-in-trivy';

const FIXTURES = path.join(__dirname, '../fixtures/trivy');
const TOKEN = 'ghs_loopbacktoken0000000000000000000000';

let work: string;
let repo: FixtureRepo;
let server: GitHubServer;
let trivy: StandInTrivy;
let pull: { baseSha: string; headSha: string };

beforeEach(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-image-e2e-'));
  repo = FixtureRepo.create();
  const dockerfile = readFileSync(path.join(FIXTURES, 'repo/Dockerfile'), 'utf8');
  repo.write({
    Dockerfile: dockerfile.replace('FROM alpine:3.10.2', 'FROM alpine:3.10.1'),
    'package-lock.json': readFileSync(path.join(FIXTURES, 'repo/package-lock.json'), 'utf8'),
  });
  const baseSha = repo.commit('Shop image on alpine 3.10.1');
  repo.checkout('bump-alpine', true);
  repo.write({ Dockerfile: dockerfile });
  const headSha = repo.commit('Move the base image to alpine 3.10.2');
  pull = { baseSha, headSha };
  server = await startGitHubServer({ owner: 'acme', repo: 'shop' });
  server.state.tokens.set(TOKEN, {});
  server.state.addPull({
    number: 7,
    baseSha,
    headSha,
    headRef: 'bump-alpine',
    baseRef: 'main',
    diff: repo.pullDiff(baseSha, headSha),
  });
  trivy = new StandInTrivy(path.join(work, 'stand-in'));
  trivy.behave({ report: path.join(FIXTURES, 'recorded/shop-image.json') });
});

afterEach(async () => {
  await server.close();
  repo.remove();
  rmSync(work, { recursive: true, force: true });
});

function runnerEnv(inputs: Record<string, string>): Env {
  const event = path.join(work, 'event.json');
  const full = { full_name: 'acme/shop' };
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 7,
        head: { sha: pull.headSha, ref: 'bump-alpine', repo: full },
        base: { sha: pull.baseSha, ref: 'main', repo: full },
      },
    }),
  );
  for (const file of ['output', 'summary']) writeFileSync(path.join(work, file), '');
  mkdirSync(path.join(work, 'temp'), { recursive: true });
  return {
    PATH: `${trivy.bin}${path.delimiter}${process.env.PATH}`,
    HOME: work,
    XDG_CACHE_HOME: path.join(work, 'cache'),
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_SHA: pull.headSha,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_ACTOR: 'developer',
    GITHUB_WORKSPACE: repo.root,
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: path.join(work, 'output'),
    GITHUB_STEP_SUMMARY: path.join(work, 'summary'),
    RUNNER_TEMP: path.join(work, 'temp'),
    RUNNER_TOOL_CACHE: path.join(work, 'tools'),
    // The composite action maps each input to INPUT_<NAME> with underscores.
    INPUT_IMAGE: 'ghcr.io/acme/shop:pr-7',
    INPUT_GITHUB_TOKEN: TOKEN,
    INPUT_FAIL_ON: 'medium',
    ...inputs,
  };
}

async function run(inputs: Record<string, string> = {}) {
  const lines: string[] = [];
  const env = runnerEnv(inputs);
  const io = createRunnerIO(env, (text) => void lines.push(text));
  const code = await runImageScanAction(env, { io, trivyLog: new PassThrough(), pace: false });
  return {
    code,
    log: lines.join(''),
    summary: readFileSync(path.join(work, 'summary'), 'utf8'),
    outputs: readFileSync(path.join(work, 'output'), 'utf8'),
  };
}

describe('the image-scan action, end to end against the loopback GitHub API, with a stand-in trivy (test double)', () => {
  it('comments on the FROM line the pull request changed, summarises, uploads SARIF and fails the gate', async () => {
    const { code, log, summary, outputs } = await run();
    expect(code).toBe(1);

    const comments = server.state.topLevelComments(7);
    expect(comments.length).toBe(4);
    for (const comment of comments) {
      expect(comment).toMatchObject({ path: 'Dockerfile', line: 2 });
      expect(comment.body).toContain(
        'from the base image alpine:3.10.2'.replace(/[.:]/g, (c) => (c === '.' ? '&#46;' : '&#58;')),
      );
    }
    expect(comments.map((comment) => /image-cve-2019-\d+/.exec(comment.body)?.[0]).sort()).toEqual([
      'image-cve-2019-1549',
      'image-cve-2019-1549',
      'image-cve-2019-1551',
      'image-cve-2019-1551',
    ]);
    // The RUN and the lockfile did not change in this pull request: those findings stay out of the review.
    expect(comments.some((comment) => comment.body.includes('nodejs'))).toBe(false);

    const sticky = server.state.issueComments.filter((comment) => comment.issue === 7);
    expect(sticky).toHaveLength(1);
    expect(sticky[0]?.body).toContain('cloudgate image scan');

    expect(server.state.sarifs).toHaveLength(1);
    const upload = server.state.sarifs[0]!;
    expect(upload).toMatchObject({ commitSha: pull.headSha, ref: 'refs/pull/7/merge', errors: [] });
    const sarif = upload.sarif as {
      runs: {
        automationDetails: { id: string };
        results: {
          ruleId: string;
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    expect(sarif.runs[0]?.automationDetails.id).toBe('cloudgate-image/image/');
    expect(sarif.runs[0]?.results).toHaveLength(6);
    const uris = sarif.runs[0]!.results.map(
      (result) => result.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(new Set(uris)).toEqual(new Set(['Dockerfile', 'package-lock.json']));

    expect(summary).toContain('cloudgate image scan');
    expect(summary).toContain('Gate failed');
    expect(outputs).toMatch(/passed<<ghadelimiter_[\w-]+\nfalse\n/);
    expect(outputs).toMatch(/blocking<<ghadelimiter_[\w-]+\n6\n/);
    expect(log).toContain('::error::Gate failed: 6 findings at or above medium');
    expect(trivy.invocations()[0]).toEqual(
      expect.arrayContaining([
        '--cache-dir',
        path.join(work, 'cache', 'trivy'),
        '--',
        'ghcr.io/acme/shop:pr-7',
      ]),
    );
  });

  it('does not repeat its review comments when the job is run again', async () => {
    await run();
    const second = await run();
    expect(second.code).toBe(1);
    expect(server.state.topLevelComments(7)).toHaveLength(4);
    expect(server.state.issueComments.filter((comment) => comment.issue === 7)).toHaveLength(1);
  });

  it('passes the gate with fail-on critical and still reports everything', async () => {
    const { code, log } = await run({ INPUT_FAIL_ON: 'critical', INPUT_COMMENT: 'summary' });
    expect(code).toBe(0);
    expect(server.state.topLevelComments(7)).toHaveLength(0);
    expect(server.state.issueComments).toHaveLength(1);
    expect(server.state.sarifs).toHaveLength(1);
    expect(log).toContain('Gate passed');
  });

  it('fails the step with the mirror hint when the DB registry rate limits, and writes nothing to GitHub', async () => {
    trivy.behave({
      exitCode: 1,
      stderr:
        'FATAL\tFatal error\tinit error: DB error: failed to download vulnerability DB: TOOMANYREQUESTS: retry-after: 1s\n',
    });
    const { code, log } = await run();
    expect(code).toBe(2);
    expect(log).toContain('db-repository and java-db-repository inputs');
    expect(server.state.writes()).toEqual([]);
  });
});
