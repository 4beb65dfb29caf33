import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { evaluateGate } from '../../src/core/gate';
import { createGitRunner } from '../../src/core/github/git';
import { recordingLogger } from '../../src/core/github/logger';
import { scanBaseFingerprints } from '../../src/core/new-findings';
import { runIacPipeline } from '../../src/pipeline/iac-pipeline';
import { FixtureRepo } from '../helpers/github-server/fixture-repo';
import { API_BASE, API_SHIFTED, DEBUG_POD } from '../e2e/harness/fixtures';

describe('fail-on-scope new: fingerprints of the merge base', () => {
  let repo: FixtureRepo;
  let baseSha: string;
  let headSha: string;
  let temp: string;

  beforeAll(() => {
    repo = FixtureRepo.create();
    repo.write({ 'k8s/api.yaml': API_BASE });
    baseSha = repo.commit('base');
    repo.checkout('feature', true);
    repo.write({ 'k8s/api.yaml': API_SHIFTED });
    repo.commit('shift the old finding down');
    repo.write({ 'k8s/debug.yaml': DEBUG_POD });
    headSha = repo.commit('add a new privileged pod');
    temp = mkdtempSync(path.join(tmpdir(), 'cloudgate-base-scan-'));
  });

  afterAll(() => {
    repo.remove();
    rmSync(temp, { recursive: true, force: true });
  });

  const scan = (root: string) => runIacPipeline({ root }).report;

  it('gates only on what the pull request adds, even when old findings moved', async () => {
    const log = recordingLogger();
    const base = await scanBaseFingerprints({
      git: createGitRunner(repo.root),
      tempDir: temp,
      baseSha,
      headSha,
      scan,
      log,
    });
    expect(base.scannedSha).toBe(baseSha);
    const head = scan(repo.root);
    const gate = evaluateGate(head, {
      failOn: 'critical',
      scope: 'new',
      baseFingerprints: base.fingerprints,
    });
    expect(gate.passed).toBe(false);
    expect(gate.blocking.map((finding) => finding.location.kind === 'file' && finding.location.path)).toEqual(
      ['k8s/debug.yaml'],
    );
    const shifted = head.findings.find(
      (finding) =>
        finding.ruleId === 'k8s-privileged-container' &&
        finding.location.kind === 'file' &&
        finding.location.path === 'k8s/api.yaml',
    )!;
    expect(shifted.location.kind === 'file' && shifted.location.range.startLine).toBe(21); // 18 on the base
    expect(base.fingerprints.has(shifted.fingerprint)).toBe(true);
    expect(repo.git('worktree', 'list').trim().split('\n')).toHaveLength(1);
  });

  it('fetches the base and head into a shallow clone to find the merge base', async () => {
    const clone = path.join(temp, 'shallow');
    execFileSync('git', [
      'clone',
      '--quiet',
      '--depth=1',
      '--no-local',
      '--branch',
      'feature',
      `file://${repo.root}`,
      clone,
    ]);
    const git = createGitRunner(clone);
    expect((await git(['cat-file', '-e', `${baseSha}^{commit}`])).code).not.toBe(0);
    const base = await scanBaseFingerprints({
      git,
      tempDir: temp,
      baseSha,
      headSha,
      scan,
      log: recordingLogger(),
    });
    expect(base.scannedSha).toBe(baseSha);
    expect(base.fingerprints.size).toBeGreaterThan(0);
  });

  it('says how to fix the checkout when the base cannot be fetched', async () => {
    const lonely = FixtureRepo.create();
    lonely.write({ 'a.yaml': 'a: 1\n' });
    const only = lonely.commit('only');
    try {
      await expect(
        scanBaseFingerprints({
          git: createGitRunner(lonely.root),
          tempDir: temp,
          baseSha: 'e'.repeat(40),
          headSha: only,
          scan,
          log: recordingLogger(),
        }),
      ).rejects.toMatchObject({ hint: expect.stringContaining('fetch-depth: 0') });
    } finally {
      lonely.remove();
    }
  });
});
