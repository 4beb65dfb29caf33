import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFingerprintMarker } from '../../src/core/github/markers';
import { StandInTrivy } from '../scanners/image/stand-in-trivy';
import type { StandIn } from './harness/composite-runner';
import { fingerprintsInComments } from './harness/expectations';
import { PullRequestWorld } from './harness/pull-request';
import { useAction } from './harness/run-action';

jest.setTimeout(240_000);

const FIXTURES = path.join(__dirname, '../fixtures/trivy');
const RECORDED = path.join(FIXTURES, 'recorded/shop-image.json');
const IMAGE = 'ghcr.io/acme/shop:pr-7';

interface ReportFinding {
  fingerprint: string;
  severity: string;
  location: { kind: string; path?: string; range?: { startLine: number } };
}

/**
 * The recorded report with `extra` more advisories in packages of the base image (`count` of them, on
 * its layer): an old base image, as a large report looks.
 */
function largeReport(file: string, extra: number): void {
  const report = JSON.parse(readFileSync(RECORDED, 'utf8')) as {
    Results: { Vulnerabilities?: Record<string, unknown>[] }[];
  };
  const vulnerabilities = report.Results[0]!.Vulnerabilities!;
  const template = vulnerabilities[0]!;
  const severities = ['CRITICAL', 'HIGH', 'MEDIUM', 'MEDIUM', 'LOW'];
  for (let index = 0; index < extra; index++) {
    const name = `pkg-${index % 12}`;
    vulnerabilities.push({
      ...template,
      VulnerabilityID: `CVE-2024-${10_000 + index}`,
      PkgID: `${name}@1.0.0-r0`,
      PkgName: name,
      PkgIdentifier: { PURL: `pkg:apk/alpine/${name}@1.0.0-r0?distro=3.10.2`, UID: `uid-${name}` },
      InstalledVersion: '1.0.0-r0',
      FixedVersion: '1.0.1-r0',
      Severity: severities[index % severities.length],
      Title: `${name}: a flaw numbered ${index}`,
      CVSS: undefined,
      VendorSeverity: undefined,
      PrimaryURL: undefined,
      References: undefined,
    });
  }
  writeFileSync(file, JSON.stringify(report));
}

describe('the image-scan action end to end (composite action, bundled entry point, loopback GitHub, stand-in trivy test double)', () => {
  let world: PullRequestWorld;
  let work: string;
  let trivy: StandInTrivy;
  let cacheCalls: Record<string, string>[];

  /** A stand-in for actions/cache (GitHub's cache service cannot run here): records what it was asked. */
  const cache: StandIn = (inputs) => {
    cacheCalls.push(inputs);
    return { outputs: { 'cache-hit': 'false' } };
  };

  beforeEach(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'cloudgate-image-e2e-'));
    const dockerfile = readFileSync(path.join(FIXTURES, 'repo/Dockerfile'), 'utf8');
    world = await PullRequestWorld.create({
      base: {
        Dockerfile: dockerfile.replace('FROM alpine:3.10.2', 'FROM alpine:3.10.1'),
        'package-lock.json': readFileSync(path.join(FIXTURES, 'repo/package-lock.json'), 'utf8'),
      },
      head: { Dockerfile: dockerfile },
    });
    trivy = new StandInTrivy(path.join(work, 'stand-in'));
    trivy.behave({ report: RECORDED });
    cacheCalls = [];
  });

  afterEach(async () => {
    await world.close();
    rmSync(work, { recursive: true, force: true });
  });

  const run = (inputs: Record<string, string> = {}) =>
    useAction(
      'actions/image-scan',
      { image: IMAGE, 'fail-on': 'medium', ...inputs },
      world.jobEnv({
        PATH: `${trivy.bin}${path.delimiter}${process.env.PATH}`,
        HOME: work,
        XDG_CACHE_HOME: path.join(work, 'cache'),
        RUNNER_TOOL_CACHE: path.join(work, 'tools'),
      }),
      { token: world.token, standIns: { 'actions/cache': cache } },
    );

  const reportFindings = (file: string) =>
    (JSON.parse(readFileSync(file, 'utf8')) as { findings: ReportFinding[] }).findings;
  const onFromLine = (findings: ReportFinding[]) =>
    findings.filter(
      (finding) => finding.location.path === 'Dockerfile' && finding.location.range?.startLine === 2,
    );

  it('comments once on the FROM line the pull request changed, summarises, uploads SARIF and fails the gate', async () => {
    const result = await run();
    expect(result.code).toBe(1);
    const state = world.server.state;

    const comments = state.topLevelComments(world.number);
    expect(comments).toHaveLength(1);
    const comment = comments[0]!;
    expect(comment).toMatchObject({ path: 'Dockerfile', line: 2 });
    expect(comment.body).toContain('**4 findings on this line** (4 medium)');
    expect(comment.body).toContain('from the base image alpine&#58;3&#46;10&#46;2');
    const ruleIds = [...comment.body.replace(/&#45;/g, '-').matchAll(/<code>(image-cve-[\d-]+)<\/code>/g)];
    expect(ruleIds.map((match) => match[1]).sort()).toEqual([
      'image-cve-2019-1549',
      'image-cve-2019-1549',
      'image-cve-2019-1551',
      'image-cve-2019-1551',
    ]);
    const findings = reportFindings(result.outputs['report-file']!);
    expect(readFingerprintMarker(comment.body)?.fingerprints.sort()).toEqual(
      onFromLine(findings)
        .map((finding) => finding.fingerprint)
        .sort(),
    );
    // The RUN and the lockfile did not change in this pull request: those findings stay out of the review.
    expect(comment.body).not.toContain('nodejs');

    const sticky = state.issueComments.filter((issueComment) => issueComment.issue === world.number);
    expect(sticky).toHaveLength(1);
    expect(sticky[0]?.body).toContain('cloudgate image scan');
    expect(sticky[0]?.body).not.toContain('Vulnerable packages');

    expect(state.sarifs).toHaveLength(1);
    const upload = state.sarifs[0]!;
    expect(upload).toMatchObject({ commitSha: world.mergeSha, ref: `refs/pull/${world.number}/merge` });
    const sarif = upload.sarif as {
      runs: {
        automationDetails: { id: string };
        results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    expect(sarif.runs[0]?.automationDetails.id).toBe('cloudgate-image/image/');
    expect(sarif.runs[0]?.results).toHaveLength(6);
    const uris = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(new Set(uris)).toEqual(new Set(['Dockerfile', 'package-lock.json']));

    expect(result.summary).toContain('cloudgate image scan');
    expect(result.summary).toContain('Gate failed');
    expect(result.outputs).toMatchObject({
      passed: 'false',
      gate: 'failed',
      blocking: '6',
      findings: '6',
      total: '6',
      high: '1',
      medium: '5',
    });
    for (const [name, value] of Object.entries(result.outputs)) expect([name, value]).not.toEqual([name, '']);
    expect(existsSync(result.outputs['sarif-file']!)).toBe(true);
    const verdict = result.commands.find(
      (command) => command.command === 'error' && command.message.startsWith('Gate failed'),
    );
    expect(verdict?.message).toMatch(
      /^Gate failed: 6 findings at or above medium \(fail-on: medium, scope: all\)/,
    );

    // Inputs arrive as CLOUDGATE_<NAME>, never INPUT_*; the databases are cached by day.
    expect(result.stepEnvs.every((env) => Object.keys(env).every((name) => !name.startsWith('INPUT_')))).toBe(
      true,
    );
    expect(result.stepEnvs.at(-1)).toMatchObject({ CLOUDGATE_IMAGE: IMAGE, CLOUDGATE_FAIL_ON: 'medium' });
    expect(cacheCalls).toHaveLength(1);
    expect(cacheCalls[0]?.key).toMatch(/^cloudgate-trivy-db-Linux-\d{4}-\d{2}-\d{2}$/);
    expect(cacheCalls[0]?.path).toBe('~/.cache/trivy/db\n~/.cache/trivy/java-db\n');
    expect(trivy.invocations()[0]).toEqual(
      expect.arrayContaining(['--cache-dir', path.join(work, 'cache', 'trivy'), '--', IMAGE]),
    );
  });

  it('re-runs: three runs leave exactly the comments of the first', async () => {
    const counts = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await run({ 'cache-db': 'false' });
      expect(result.code).toBe(1);
      const state = world.server.state;
      counts.push([state.reviewComments.length, state.issueComments.length, state.reviews.length]);
    }
    expect(counts).toEqual([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    expect(cacheCalls).toEqual([]);
  });

  it('a large report: one comment on the FROM line for hundreds of advisories, and a table by package', async () => {
    const report = path.join(work, 'large-report.json');
    largeReport(report, 300);
    trivy.behave({ report });
    const first = await run({ 'fail-on': 'critical' });
    expect(first.code).toBe(1);
    const state = world.server.state;
    const fromLine = onFromLine(reportFindings(first.outputs['report-file']!));
    expect(fromLine).toHaveLength(304);

    expect(state.reviewComments).toHaveLength(1);
    const body = state.reviewComments[0]!.body;
    expect(state.reviewComments[0]).toMatchObject({ path: 'Dockerfile', line: 2 });
    expect(body).toContain('**304 findings on this line** (60 critical, 60 high, 124 medium, 60 low)');
    const listed = [...body.matchAll(/^- \*\*\S+ (\w+)\*\*/gm)].map((match) => match[1]);
    expect(listed).toEqual(Array(10).fill('Critical'));
    expect(body).toContain('…and 294 more (50 critical, 60 high, 124 medium, 60 low)');
    expect(fingerprintsInComments(world.server).sort()).toEqual(
      fromLine.map((finding) => finding.fingerprint).sort(),
    );

    for (const text of [state.issueComments[0]!.body, first.summary]) {
      expect(text).toContain('### Vulnerable packages');
      expect(text).toMatch(/306 vulnerabilities in 16 packages/);
      expect(text).toMatch(
        /\| pkg&#45;0 1&#46;0&#46;0&#45;r0 \| 1&#46;0&#46;1&#45;r0 \| 5 \| 5 \| 10 \| 5 \|/,
      );
    }

    const second = await run({ 'fail-on': 'critical' });
    expect(second.code).toBe(1);
    expect([state.reviewComments.length, state.issueComments.length, state.reviews.length]).toEqual([
      1, 1, 1,
    ]);
    expect(second.summary).toMatch(/Review: 0 new inline comments, 304 findings already commented/);
  });

  it('passes the gate with fail-on critical and still reports everything', async () => {
    const result = await run({ 'fail-on': 'critical', comment: 'summary' });
    expect(result.code).toBe(0);
    expect(result.outputs).toMatchObject({ passed: 'true', gate: 'passed', blocking: '0', findings: '6' });
    expect(world.server.state.topLevelComments(world.number)).toHaveLength(0);
    expect(world.server.state.issueComments).toHaveLength(1);
    expect(world.server.state.sarifs).toHaveLength(1);
    expect(result.stdout).toContain('Gate passed');
  });

  it('fails the step with the mirror hint when the DB registry rate limits, and writes nothing to GitHub', async () => {
    trivy.behave({
      exitCode: 1,
      stderr:
        'FATAL\tFatal error\tinit error: DB error: failed to download vulnerability DB: TOOMANYREQUESTS: retry-after: 1s\n',
    });
    const result = await run();
    expect(result.code).toBe(2);
    const failure = result.commands.find((command) => command.command === 'error');
    expect(failure?.message).toContain('db-repository and java-db-repository inputs');
    expect(world.server.state.writes()).toEqual([]);
  });

  it('bad input: says what to change before running Trivy or touching GitHub', async () => {
    const result = await run({ image: '', 'wait-for-processing': 'later' });
    expect(result.code).toBe(2);
    const failure = result.commands.find((command) => command.command === 'error');
    expect(failure?.message).toMatch(/wait-for-processing/);
    expect(trivy.invocations()).toEqual([]);
    expect(world.server.state.requests).toEqual([]);
  });
});
