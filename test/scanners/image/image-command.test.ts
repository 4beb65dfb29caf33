import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { imageCommand } from '../../../src/cli/commands/image';
import { UserError } from '../../../src/core/errors';
import { StandInTrivy } from './stand-in-trivy';

const FIXTURES = path.join(__dirname, '../../fixtures/trivy');
const saved = { ...process.env };
let work: string;
let repo: string;
let stderr: string[];

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-image-cli-'));
  repo = path.join(work, 'repo');
  mkdirSync(repo);
  for (const file of ['Dockerfile', 'package-lock.json'])
    copyFileSync(path.join(FIXTURES, 'repo', file), path.join(repo, file));
  stderr = [];
  jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...saved };
  rmSync(work, { recursive: true, force: true });
});

describe('cloudgate image', () => {
  it('converts a Trivy report made elsewhere, anchored on the repository, and gates on it', async () => {
    const output = path.join(work, 'report.json');
    const args = [
      '--trivy-report',
      path.join(FIXTURES, 'fs-npm-package-lock.json'),
      '--root',
      repo,
      '--format',
      'json',
      '--output',
      output,
    ];
    expect(await imageCommand.run([...args, '--fail-on', 'medium'])).toBe(1);
    const written = JSON.parse(readFileSync(output, 'utf8')) as {
      findings: { ruleId: string; location: { kind: string; path?: string } }[];
    };
    expect(written.findings).toHaveLength(1);
    expect(written.findings[0]).toMatchObject({
      ruleId: 'image-cve-2019-11358',
      location: { kind: 'file', path: 'package-lock.json' },
    });
    expect(stderr.join('')).toContain('Gate failed: 1 finding at or above medium');
    expect(await imageCommand.run([...args, '--fail-on', 'high'])).toBe(0);
  });

  it('honours a config suppression written with the CVE id', async () => {
    writeFileSync(
      path.join(repo, '.cloudgate.yml'),
      'suppressions:\n  - rule: CVE-2019-11358\n    reason: jQuery is only loaded on the offline docs page\n',
    );
    const code = await imageCommand.run([
      '--trivy-report',
      path.join(FIXTURES, 'fs-npm-package-lock.json'),
      '--root',
      repo,
      '--format',
      'json',
      '--output',
      path.join(work, 'out.json'),
      '--fail-on',
      'low',
    ]);
    expect(code).toBe(0);
    const written = JSON.parse(readFileSync(path.join(work, 'out.json'), 'utf8')) as {
      findings: { suppression?: { reason: string } }[];
    };
    expect(written.findings[0]?.suppression?.reason).toBe('jQuery is only loaded on the offline docs page');
  });

  it('writes SARIF whose image results have a stable placeholder path, never an invalid one', async () => {
    const output = path.join(work, 'out.sarif');
    await imageCommand.run([
      '--trivy-report',
      path.join(FIXTURES, 'image-debian-buster.json'),
      '--image',
      'registry.example.com/team/api:1.2.3',
      '--root',
      work,
      '--format',
      'sarif',
      '--output',
      output,
      '--fail-on',
      'none',
    ]);
    const sarif = JSON.parse(readFileSync(output, 'utf8')) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uris = new Set(
      sarif.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri),
    );
    expect([...uris]).toEqual(['.cloudgate/artifact/registry.example.com/team/api']);
  });

  it('scans an image with a stand-in trivy (test double) and the Dockerfile in the root', async () => {
    const trivy = new StandInTrivy(path.join(work, 'stand-in'));
    trivy.behave({ report: path.join(FIXTURES, 'recorded/shop-image.json') });
    process.env.PATH = `${trivy.bin}${path.delimiter}${saved.PATH}`;
    process.env.RUNNER_TEMP = work;
    const output = path.join(work, 'report.md');
    const code = await imageCommand.run([
      'ghcr.io/acme/shop:pr-7',
      '--root',
      repo,
      '--cache-dir',
      path.join(work, 'cache'),
      '--format',
      'markdown',
      '--output',
      output,
      '--fail-on',
      'critical',
    ]);
    expect(code).toBe(0);
    expect(trivy.invocations()[0]?.slice(-2)).toEqual(['--', 'ghcr.io/acme/shop:pr-7']);
    // Markdown escapes the colon: the finding of the RUN-installed package is listed at Dockerfile:5.
    expect(readFileSync(output, 'utf8')).toContain('Dockerfile&#58;5');
  });

  it('refuses to mix --trivy-report with images, and an image reference that looks like an option', async () => {
    await expect(
      imageCommand.run(['nginx:1.27', '--trivy-report', path.join(FIXTURES, 'fs-secrets.json')]),
    ).rejects.toThrow(UserError);
    await expect(imageCommand.run(['--', '--config=/etc/passwd'])).rejects.toThrow(
      /is not an image reference/,
    );
    await expect(imageCommand.run(['--root', repo])).rejects.toThrow(/nothing to scan/);
  });

  it('reports a SARIF file passed as a Trivy report as a user error', async () => {
    const sarif = path.join(work, 'trivy.sarif');
    writeFileSync(sarif, JSON.stringify({ version: '2.1.0', runs: [] }));
    await expect(imageCommand.run(['--trivy-report', sarif, '--root', work])).rejects.toThrow(
      /is not a Trivy JSON report: it is a SARIF file/,
    );
  });
});
