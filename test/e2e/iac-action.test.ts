import { existsSync, readFileSync } from 'node:fs';
import { expectedFindings, fingerprintsInComments, lostFindings } from './harness/expectations';
import { BASE_FILES, DEBUG_POD_FIXED, HEAD_FILES } from './harness/fixtures';
import { PullRequestWorld } from './harness/pull-request';
import { useAction } from './harness/run-action';

jest.setTimeout(240_000);

describe('the IaC action end to end (composite action, bundled entry point, loopback GitHub)', () => {
  let world: PullRequestWorld;

  afterEach(() => world?.close());

  const run = async (inputs: Record<string, string> = {}, action = '.') =>
    useAction(action, { 'fail-on': 'high', ...inputs }, world.jobEnv(), { token: world.token });

  it('first run: reviews the changed lines, keeps one summary comment, uploads SARIF and fails the gate', async () => {
    world = await PullRequestWorld.create({ base: BASE_FILES, head: HEAD_FILES });
    const result = await run();
    const findings = expectedFindings(world.repo.root);
    expect(result.code).toBe(1);
    expect(result.outputs.gate).toBe('failed');
    expect(Number(result.outputs.total)).toBe(findings.length);
    expect(existsSync(result.outputs['sarif-file']!)).toBe(true);
    const state = world.server.state;
    expect(state.requests.filter((request) => request.status === 422)).toEqual([]);
    expect(state.reviews).toHaveLength(1);
    const commented = fingerprintsInComments(world.server);
    const debugFindings = findings.filter(
      (finding) => finding.location.kind === 'file' && finding.location.path === 'k8s/debug.yaml',
    );
    expect(commented.length).toBeGreaterThan(0);
    expect(commented.sort()).toEqual(
      debugFindings
        .map((finding) => finding.fingerprint)
        .slice(0, 25)
        .sort(),
    );
    expect(
      state.reviewComments.every(
        (comment) => comment.path === 'k8s/debug.yaml' || comment.path === 'k8s/api.yaml',
      ),
    ).toBe(true);
    expect(state.issueComments).toHaveLength(1);
    expect(state.issueComments[0]?.body).toContain('Gate failed');
    expect(state.sarifs).toHaveLength(1);
    expect(state.sarifs[0]).toMatchObject({ commitSha: world.mergeSha, ref: 'refs/pull/42/merge' });
    expect(result.summary).toContain('Gate failed');
    expect(
      result.commands.some(
        (command) => command.command === 'error' && command.properties.file === 'k8s/debug.yaml',
      ),
    ).toBe(true);
    expect(result.stepEnvs.every((env) => Object.keys(env).every((name) => !name.startsWith('INPUT_')))).toBe(
      true,
    );
    expect(result.stepEnvs[0]?.CLOUDGATE_FAIL_ON).toBe('high');
    expect(lostFindings(result, findings, world.server)).toEqual([]);
  });

  it('re-runs: three runs leave exactly the comments of the first', async () => {
    world = await PullRequestWorld.create({ base: BASE_FILES, head: HEAD_FILES });
    const counts = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await useAction('actions/iac', { 'fail-on': 'none' }, world.jobEnv(), {
        token: world.token,
      });
      expect(result.code).toBe(0);
      counts.push([
        world.server.state.reviewComments.length,
        world.server.state.issueComments.length,
        world.server.state.reviews.length,
      ]);
    }
    expect(counts[0]![0]).toBeGreaterThan(0);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    // No finding is named by two comments, and findings that share a line share its one comment.
    const named = fingerprintsInComments(world.server);
    expect(new Set(named).size).toBe(named.length);
    const places = world.server.state.reviewComments.map(
      (comment) => `${comment.path}:${comment.start_line ?? comment.line}-${comment.line}`,
    );
    expect(new Set(places).size).toBe(places.length);
  });

  it("fix and re-run: the fixed finding's thread is resolved and nothing is posted twice", async () => {
    world = await PullRequestWorld.create({ base: BASE_FILES, head: HEAD_FILES });
    await run({ 'fail-on': 'none' });
    const before = world.server.state.reviewComments.length;
    const privileged = world.server.state.reviewComments.find((comment) =>
      comment.body.includes('k8s-privileged-container'),
    )!;
    expect(privileged).toBeDefined();
    world.push({ 'k8s/debug.yaml': DEBUG_POD_FIXED });
    const result = await run({ 'fail-on': 'critical' });
    const thread = world.server.state.threads.find((candidate) => candidate.rootCommentId === privileged.id)!;
    expect(thread.resolved).toBe(true);
    expect(world.server.state.threads.filter((candidate) => candidate.resolved)).toHaveLength(1);
    expect(world.server.state.reviewComments.length).toBe(before);
    expect(result.summary).toMatch(/1 fixed thread closed/);
    expect(lostFindings(result, expectedFindings(world.repo.root), world.server)).toEqual([]);
  });

  it('fork pull request: nothing is written, files, summary and outputs are, and the gate alone decides', async () => {
    world = await PullRequestWorld.create({ base: BASE_FILES, head: HEAD_FILES }, { fork: true });
    const failing = await run({ 'fail-on': 'critical' });
    const passing = await run({ 'fail-on': 'none' });
    expect(world.server.state.writes()).toEqual([]);
    expect(world.server.state.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    expect([failing.code, passing.code]).toEqual([1, 0]);
    expect([failing.outputs.gate, passing.outputs.gate]).toEqual(['failed', 'passed']);
    expect(failing.summary).toContain('read-only token');
    expect(
      JSON.parse(readFileSync(failing.outputs['sarif-file']!, 'utf8')).runs[0].results.length,
    ).toBeGreaterThan(0);
    expect(lostFindings(failing, expectedFindings(world.repo.root), world.server)).toEqual([]);
  });

  it('rate-limited run: waits out the secondary rate limit and publishes everything once', async () => {
    world = await PullRequestWorld.create({ base: BASE_FILES, head: HEAD_FILES });
    world.server.state.faults.secondaryRateLimit = {
      count: 3,
      retryAfterSeconds: 1,
      status: 403,
      scope: 'writes',
    };
    const result = await run({ 'fail-on': 'none' });
    const limited = world.server.state.requests.filter((request) => request.status === 403);
    expect(limited).toHaveLength(3);
    expect(result.code).toBe(0);
    expect(world.server.state.reviews).toHaveLength(1);
    expect(world.server.state.issueComments).toHaveLength(1);
    expect(world.server.state.sarifs).toHaveLength(1);
    expect(result.summary).not.toContain('⚠️');
    expect(lostFindings(result, expectedFindings(world.repo.root), world.server)).toEqual([]);
  });

  it("5xx run: retries GitHub's server errors and publishes everything once", async () => {
    world = await PullRequestWorld.create({ base: BASE_FILES, head: HEAD_FILES });
    world.server.state.faults.serverErrors = { count: 3, status: 502 };
    const result = await run({ 'fail-on': 'none' });
    expect(world.server.state.requests.filter((request) => request.status === 502)).toHaveLength(3);
    expect(result.code).toBe(0);
    expect([
      world.server.state.reviews.length,
      world.server.state.issueComments.length,
      world.server.state.sarifs.length,
    ]).toEqual([1, 1, 1]);
    expect(lostFindings(result, expectedFindings(world.repo.root), world.server)).toEqual([]);
  });

  it('a GitHub that keeps failing costs the comments, never the findings or the verdict', async () => {
    world = await PullRequestWorld.create({ base: BASE_FILES, head: HEAD_FILES });
    world.server.state.faults.serverErrors = { count: 10_000, status: 503 };
    const result = await run({ 'fail-on': 'critical' });
    expect(result.code).toBe(1);
    expect(result.outputs.gate).toBe('failed');
    expect(result.summary).toContain('⚠️');
    expect(lostFindings(result, expectedFindings(world.repo.root), world.server)).toEqual([]);
  });

  it('bad input: fails with a message that says what to change, before touching GitHub', async () => {
    world = await PullRequestWorld.create({ base: BASE_FILES, head: HEAD_FILES });
    const result = await run({ 'fail-on': 'severe' });
    expect(result.code).toBe(2);
    const error = result.commands.find((command) => command.command === 'error')!;
    expect(error.message).toMatch(/fail-on "severe" is not a severity/);
    expect(error.message).toMatch(/critical, high, medium, low, info, none/);
    expect(world.server.state.requests).toEqual([]);
  });

  it('fail-on-scope new: lines inserted above an old finding do not make it new', async () => {
    world = await PullRequestWorld.create({
      base: BASE_FILES,
      head: { 'k8s/api.yaml': HEAD_FILES['k8s/api.yaml'] },
    });
    const all = await run({
      'fail-on': 'critical',
      'fail-on-scope': 'all',
      comment: 'none',
      'sarif-upload': 'false',
    });
    const onlyNew = await run({
      'fail-on': 'critical',
      'fail-on-scope': 'new',
      comment: 'none',
      'sarif-upload': 'false',
    });
    expect([all.code, onlyNew.code]).toEqual([1, 0]);
    expect(onlyNew.outputs.gate).toBe('passed');
    expect(Number(onlyNew.outputs.critical)).toBeGreaterThan(0);
  });

  it('fail-on-scope new: a finding the pull request adds still blocks', async () => {
    world = await PullRequestWorld.create({ base: BASE_FILES, head: HEAD_FILES });
    const result = await run({
      'fail-on': 'critical',
      'fail-on-scope': 'new',
      comment: 'none',
      'sarif-upload': 'false',
    });
    expect(result.code).toBe(1);
    const failure = result.commands
      .filter((command) => command.command === 'error')
      .map((command) => command.message)
      .join('\n');
    expect(failure).toMatch(/Gate failed/);
    expect(failure).toContain('k8s/debug.yaml');
    expect(failure).not.toContain('k8s/legacy.yaml');
  });
});
