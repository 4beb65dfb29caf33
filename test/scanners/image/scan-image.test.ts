import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { UserError } from '../../../src/core/errors';
import { scanImages } from '../../../src/scanners/image/scan-image';
import { resolveScanSettings, type RawScanSettings } from '../../../src/scanners/image/scan-settings';
import {
  DEFAULT_DB_REPOSITORIES,
  DEFAULT_JAVA_DB_REPOSITORIES,
  parseImageRef,
  type ScanTarget,
} from '../../../src/scanners/image/trivy-args';
import { StandInTrivy } from './stand-in-trivy';

const FIXTURES = path.join(__dirname, '../../fixtures/trivy');
const RECORDED = path.join(FIXTURES, 'recorded/shop-image.json');
const saved = { ...process.env };
let work: string;
let repo: string;
let cacheDir: string;
let trivy: StandInTrivy;

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-scan-'));
  repo = path.join(work, 'repo');
  mkdirSync(repo);
  for (const file of ['Dockerfile', 'package-lock.json'])
    copyFileSync(path.join(FIXTURES, 'repo', file), path.join(repo, file));
  cacheDir = path.join(work, 'trivy-cache');
  trivy = new StandInTrivy(path.join(work, 'stand-in'));
  process.env.PATH = `${trivy.bin}${path.delimiter}${saved.PATH}`;
  process.env.RUNNER_TOOL_CACHE = path.join(work, 'tool-cache');
  process.env.RUNNER_TEMP = path.join(work, 'temp');
  mkdirSync(process.env.RUNNER_TEMP);
});

afterEach(() => {
  process.env = { ...saved };
  rmSync(work, { recursive: true, force: true });
});

function scan(
  raw: RawScanSettings,
  targets: ScanTarget[] = [{ kind: 'image', ref: 'ghcr.io/acme/shop:pr-7' }],
) {
  return scanImages({
    targets,
    settings: resolveScanSettings({ cacheDir, ...raw }, repo),
    trivyVersion: '0.75.0',
    repoRoot: repo,
    logStream: new PassThrough(),
    quiet: true,
  });
}

function writeDbMetadata(dir: string, downloadedAt: Date) {
  mkdirSync(path.join(cacheDir, dir), { recursive: true });
  writeFileSync(
    path.join(cacheDir, dir, 'metadata.json'),
    JSON.stringify({ Version: 2, DownloadedAt: downloadedAt.toISOString() }),
  );
}

describe('scanning with a stand-in trivy (test double)', () => {
  it('passes the settings as flags, reads the report from --output and anchors it on the Dockerfile', async () => {
    trivy.behave({
      report: RECORDED,
      stderr: '2026-09-01T10:00:00Z\tINFO\tVulnerability scanning is enabled\n',
    });
    writeFileSync(path.join(repo, '.trivyignore.yaml'), 'vulnerabilities:\n  - id: CVE-2019-1547\n');
    writeFileSync(path.join(repo, 'vex.openvex.json'), '{}');
    const report = await scan({
      severity: 'HIGH,critical\nMEDIUM',
      ignoreUnfixed: true,
      scanners: 'vuln, secret, misconfig',
      vex: 'vex.openvex.json, repo',
      timeout: '15m',
    });
    const [args] = trivy.invocations();
    const output = args![args!.indexOf('--output') + 1]!;
    expect(args).toEqual([
      'image',
      '--format',
      'json',
      '--output',
      output,
      '--no-progress',
      '--list-all-pkgs',
      '--scanners',
      'vuln,secret,misconfig',
      '--severity',
      'HIGH,CRITICAL,MEDIUM',
      '--ignore-unfixed',
      '--ignorefile',
      path.join(repo, '.trivyignore.yaml'),
      '--vex',
      path.join(repo, 'vex.openvex.json'),
      '--vex',
      'repo',
      '--cache-dir',
      cacheDir,
      '--db-repository',
      DEFAULT_DB_REPOSITORIES.join(','),
      '--java-db-repository',
      DEFAULT_JAVA_DB_REPOSITORIES.join(','),
      '--timeout',
      '15m',
      '--',
      'ghcr.io/acme/shop:pr-7',
    ]);
    expect(DEFAULT_DB_REPOSITORIES.at(-1)).toBe('ghcr.io/aquasecurity/trivy-db:2');
    expect(report.scanners).toEqual(['image']);
    expect(report.findings).toHaveLength(6);
    const nodejs = report.findings.find((finding) => finding.properties?.package === 'nodejs');
    expect(nodejs?.location).toMatchObject({ kind: 'file', path: 'Dockerfile', range: { startLine: 5 } });
  });

  it('skips the DB update only when a fresh cached DB exists', async () => {
    trivy.behave({ report: RECORDED });
    await scan({});
    writeDbMetadata('db', new Date(Date.now() - 2 * 60 * 60 * 1000));
    await scan({});
    writeDbMetadata('java-db', new Date());
    await scan({});
    writeDbMetadata('db', new Date(Date.now() - 3 * 24 * 60 * 60 * 1000));
    await scan({});
    const skips = trivy.invocations().map((args) => args.filter((arg) => arg.startsWith('--skip-')));
    expect(skips).toEqual([
      [],
      ['--skip-db-update'],
      ['--skip-db-update', '--skip-java-db-update'],
      ['--skip-java-db-update'],
    ]);
  });

  it('passes configured mirrors as the whole list, in order, and a tarball with --input', async () => {
    trivy.behave({ report: RECORDED });
    writeFileSync(path.join(work, 'shop.tar'), 'not really an image');
    await scan(
      {
        dbRepository: 'registry.internal/trivy-db:2\nmirror.gcr.io/aquasec/trivy-db:2',
        javaDbRepository: 'registry.internal/trivy-java-db:1',
      },
      [{ kind: 'input', file: path.join(work, 'shop.tar') }],
    );
    const [args] = trivy.invocations();
    expect(args![args!.indexOf('--db-repository') + 1]).toBe(
      'registry.internal/trivy-db:2,mirror.gcr.io/aquasec/trivy-db:2',
    );
    expect(args![args!.indexOf('--java-db-repository') + 1]).toBe('registry.internal/trivy-java-db:1');
    expect(args!.slice(-2)).toEqual(['--input', path.join(work, 'shop.tar')]);
  });

  it('names the mirror inputs when the DB registry answers TOOMANYREQUESTS', async () => {
    trivy.behave({
      exitCode: 1,
      stderr:
        '2026-09-01T10:00:01Z\tINFO\tDownloading vulnerability DB...\n' +
        '2026-09-01T10:00:02Z\tFATAL\tFatal error\trun error: init error: DB error: failed to download vulnerability DB: OCI artifact error: failed to download vulnerability DB: GET https://ghcr.io/v2/aquasecurity/trivy-db/manifests/2: TOOMANYREQUESTS: retry-after: 256.709µs, allowed: 44000/minute\n',
    });
    const failure = scan({});
    await expect(failure).rejects.toThrow(UserError);
    const error = (await failure.catch((caught: unknown) => caught)) as UserError;
    expect(error.message).toContain('Trivy failed with exit code 1 while scanning ghcr.io/acme/shop:pr-7');
    expect(error.message).toContain('TOOMANYREQUESTS');
    expect(error.hint).toContain('db-repository and java-db-repository inputs');
  });

  it('reports a crash with its trace as a Trivy bug', async () => {
    trivy.behave({
      exitCode: 2,
      stderr:
        'panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation]\n\ngoroutine 1 [running]:\n',
    });
    await expect(scan({})).rejects.toThrow(
      /Trivy crashed while scanning ghcr.io\/acme\/shop:pr-7 \(failed with exit code 2\): panic: runtime error/,
    );
  });

  it('reports a Trivy killed by a signal', async () => {
    trivy.behave({ signal: 'SIGKILL' });
    await expect(scan({})).rejects.toThrow(/Trivy was killed by a signal while scanning/);
  });

  it('fails clearly when Trivy exits 0 without writing the report', async () => {
    trivy.behave({ exitCode: 0 });
    await expect(scan({})).rejects.toThrow(/finished scanning ghcr.io\/acme\/shop:pr-7 but wrote no report/);
  });

  it('rejects settings Trivy would misread before running it', async () => {
    expect(() => resolveScanSettings({ severity: 'HIGH,SEVERE' }, repo)).toThrow(
      /"SEVERE" is not a Trivy severity/,
    );
    expect(() => resolveScanSettings({ scanners: 'vuln,rbac' }, repo)).toThrow(
      /"rbac" is not one cloudgate runs/,
    );
    expect(() => resolveScanSettings({ timeout: '10 minutes' }, repo)).toThrow(/is not a duration/);
    expect(() => resolveScanSettings({ dbRepository: '--insecure' }, repo)).toThrow(
      /is not a registry repository/,
    );
    expect(() => resolveScanSettings({ trivyignore: 'missing.trivyignore' }, repo)).toThrow(/does not exist/);
    expect(() => parseImageRef('--config=/tmp/evil.yaml')).toThrow(/is not an image reference/);
    expect(trivy.invocations()).toEqual([]);
  });
});
