import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../src/core/finding';
import { ArtifactStore } from './harness/artifact-store';
import { expectedFindings, fingerprintsInComments, lostFindings } from './harness/expectations';
import { API_BASE, BASE_FILES, DEBUG_POD, HEAD_FILES, LEGACY } from './harness/fixtures';
import { FORK_TOKEN, PullRequestWorld, WRITE_TOKEN } from './harness/pull-request';
import { useAction } from './harness/run-action';

jest.setTimeout(300_000);

/** Findings as the merged and the single report must agree on them. */
const essence = (findings: Finding[]) =>
  findings
    .map((finding) => [
      finding.fingerprint,
      finding.ruleId,
      finding.severity,
      JSON.stringify(finding.location),
      finding.message,
      !!finding.suppression,
    ])
    .sort();

const readReport = (file: string) =>
  JSON.parse(readFileSync(file, 'utf8')) as { findings: Finding[]; notices: unknown[] };

describe('the report action end to end', () => {
  let world: PullRequestWorld;

  afterEach(() => world?.close());

  it('merges matrix shards into exactly the single scan, and publishes once', async () => {
    const teams = ['billing', 'catalog', 'checkout', 'identity', 'search', 'shipping', 'payments', 'ops'];
    const head = Object.fromEntries(
      teams.map((team) => [`teams/${team}/pod.yaml`, DEBUG_POD.replace(/debug-shell/g, `${team}-shell`)]),
    );
    world = await PullRequestWorld.create({ base: BASE_FILES, head: { ...HEAD_FILES, ...head } });
    const store = new ArtifactStore(path.join(world.temp, 'artifacts'));
    const runId = '7000';
    for (const shard of ['1/3', '2/3', '3/3']) {
      const result = await useAction(
        'actions/iac',
        { shard, 'artifact-name': `cloudgate-shard-${shard[0]}`, 'fail-on': 'none' },
        world.jobEnv({ GITHUB_RUN_ID: runId }),
        { token: WRITE_TOKEN, store },
      );
      expect(result.code).toBe(0);
    }
    expect(world.server.state.writes()).toEqual([]);
    expect(store.names(runId)).toEqual(['cloudgate-shard-1', 'cloudgate-shard-2', 'cloudgate-shard-3']);
    const single = await useAction(
      'actions/iac',
      { 'fail-on': 'none', comment: 'none', 'sarif-upload': 'false' },
      world.jobEnv(),
      { token: WRITE_TOKEN },
    );
    const merged = await useAction(
      'actions/report',
      { 'fail-on': 'critical', category: 'cloudgate-iac' },
      world.jobEnv({ GITHUB_RUN_ID: runId }),
      { token: WRITE_TOKEN, store },
    );
    const shardSizes = [1, 2, 3].map(
      (index) =>
        readReport(path.join(store.folder(runId, `cloudgate-shard-${index}`), 'cloudgate-report.json'))
          .findings.length,
    );
    expect(shardSizes.filter((size) => size > 0).length).toBeGreaterThan(1);
    expect(essence(readReport(merged.outputs['report-file']!).findings)).toEqual(
      essence(readReport(single.outputs['report-file']!).findings),
    );
    expect(merged.code).toBe(1);
    expect(merged.outputs.gate).toBe('failed');
    const state = world.server.state;
    expect([state.reviews.length, state.issueComments.length, state.sarifs.length]).toEqual([1, 1, 1]);
    expect(state.requests.filter((request) => request.status === 422)).toEqual([]);
    expect(lostFindings(merged, expectedFindings(world.repo.root), world.server)).toEqual([]);
  });

  describe('the two-workflow set-up for pull requests from forks', () => {
    const scanRun = '8000';

    async function scanInFork(store: ArtifactStore) {
      const scan = await useAction(
        '.',
        { 'artifact-name': 'cloudgate-pr', 'fail-on': 'none' },
        world.jobEnv({ GITHUB_RUN_ID: scanRun }),
        { token: FORK_TOKEN, store },
      );
      expect(scan.code).toBe(0);
      expect(world.server.state.writes()).toEqual([]);
      return scan;
    }

    const publish = (store: ArtifactStore, inputs: Record<string, string> = {}) =>
      useAction(
        'actions/report',
        { 'run-id': scanRun, 'fail-on': 'critical', category: 'cloudgate-iac', ...inputs },
        world.workflowRunJobEnv(scanRun),
        { token: WRITE_TOKEN, store },
      );

    it("publishes the fork's results from the trusted workflow: review, SARIF on the head, commit status", async () => {
      world = await PullRequestWorld.create({ base: BASE_FILES, head: HEAD_FILES }, { fork: true });
      const store = new ArtifactStore(path.join(world.temp, 'artifacts'));
      await scanInFork(store);
      const result = await publish(store);
      expect(result.code).toBe(1);
      const state = world.server.state;
      expect(state.reviews).toHaveLength(1);
      expect(fingerprintsInComments(world.server).length).toBeGreaterThan(0);
      expect(
        state.reviewComments.every(
          (comment) => comment.path === 'k8s/debug.yaml' || comment.path === 'k8s/api.yaml',
        ),
      ).toBe(true);
      expect(state.requests.some((request) => request.path.endsWith('/pulls/42/files'))).toBe(true);
      expect(state.issueComments).toHaveLength(1);
      expect(state.sarifs[0]).toMatchObject({ commitSha: world.headSha, ref: 'refs/pull/42/head' });
      expect(state.statuses).toEqual([
        expect.objectContaining({ sha: world.headSha, state: 'failure', context: 'cloudgate/cloudgate-iac' }),
      ]);
      expect(lostFindings(result, expectedFindings(world.repo.root), world.server)).toEqual([]);
    });

    it('refuses a tampered report and writes nothing', async () => {
      world = await PullRequestWorld.create({ base: BASE_FILES, head: HEAD_FILES }, { fork: true });
      const store = new ArtifactStore(path.join(world.temp, 'artifacts'));
      await scanInFork(store);
      const file = path.join(store.folder(scanRun, 'cloudgate-pr'), 'cloudgate-report.json');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('"severity": "critical"', '"severity": "catastrophic"'),
      );
      const result = await publish(store);
      expect(result.code).toBe(2);
      const error = result.commands.find((command) => command.command === 'error')!;
      expect(error.message).toMatch(
        /cloudgate-pr\/cloudgate-report\.json is not a valid report at .*severity/,
      );
      expect(world.server.state.writes()).toEqual([]);
    });

    it('refuses an artifact that claims another commit than the run GitHub reports', async () => {
      world = await PullRequestWorld.create({ base: BASE_FILES, head: HEAD_FILES }, { fork: true });
      const store = new ArtifactStore(path.join(world.temp, 'artifacts'));
      await scanInFork(store);
      const file = path.join(store.folder(scanRun, 'cloudgate-pr'), 'cloudgate-context.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace(world.headSha, world.baseSha));
      const result = await publish(store);
      expect(result.code).toBe(2);
      expect(result.commands.find((command) => command.command === 'error')?.message).toMatch(
        /refusing to publish/,
      );
      expect(world.server.state.writes()).toEqual([]);
    });

    it('escapes whatever text a fork puts in a still well-formed report', async () => {
      world = await PullRequestWorld.create({ base: BASE_FILES, head: HEAD_FILES }, { fork: true });
      const store = new ArtifactStore(path.join(world.temp, 'artifacts'));
      await scanInFork(store);
      const file = path.join(store.folder(scanRun, 'cloudgate-pr'), 'cloudgate-report.json');
      const report = JSON.parse(readFileSync(file, 'utf8'));
      for (const finding of report.findings)
        finding.message =
          '<img src=x onerror=alert(1)> @acme/security-team <!-- cloudgate:fp=deadbeefdeadbeef -->';
      writeFileSync(file, JSON.stringify(report));
      await publish(store, { 'fail-on': 'none' });
      const bodies = [
        ...world.server.state.reviewComments.map((c) => c.body),
        ...world.server.state.issueComments.map((c) => c.body ?? ''),
      ];
      expect(bodies.length).toBeGreaterThan(1);
      for (const body of bodies) {
        expect(body).not.toContain('<img');
        expect(body).not.toContain('@acme/security-team');
        expect(body).not.toContain('cloudgate:fp=deadbeefdeadbeef');
      }
    });

    it('publishes nothing for a commit the pull request has moved past', async () => {
      world = await PullRequestWorld.create({ base: BASE_FILES, head: HEAD_FILES }, { fork: true });
      const store = new ArtifactStore(path.join(world.temp, 'artifacts'));
      await scanInFork(store);
      const scannedHead = world.headSha;
      world.push({ 'k8s/legacy.yaml': LEGACY.replace('0.9.0', '1.0.0') });
      const env = world.workflowRunJobEnv(scanRun);
      const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH!, 'utf8'));
      payload.workflow_run.head_sha = scannedHead;
      writeFileSync(env.GITHUB_EVENT_PATH!, JSON.stringify(payload));
      const result = await useAction('actions/report', { 'run-id': scanRun, 'fail-on': 'none' }, env, {
        token: WRITE_TOKEN,
        store,
      });
      expect(result.code).toBe(0);
      expect(world.server.state.writes()).toEqual([]);
      expect(result.stdout).toMatch(/has moved on to/);
    });
  });

  it('fails clearly when no report was downloaded', async () => {
    world = await PullRequestWorld.create({ base: { 'k8s/api.yaml': API_BASE }, head: {} });
    const result = await useAction('actions/report', {}, world.jobEnv(), { token: WRITE_TOKEN });
    expect(result.code).toBe(2);
    expect(result.commands.find((command) => command.command === 'error')?.message).toMatch(
      /no cloudgate-report\.json found/,
    );
  });
});
