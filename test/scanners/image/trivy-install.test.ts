import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../../../src/core/errors';
import { installTrivy } from '../../../src/scanners/image/trivy-install';
import {
  DEFAULT_TRIVY_VERSION,
  PINNED_SHA256,
  checksumFor,
  normaliseTrivyVersion,
} from '../../../src/scanners/image/trivy-versions';
import {
  RELEASE_PREFIX,
  buildTrivyArchive,
  sha256Hex,
  startReleaseServer,
  type ReleaseServer,
} from './release-server';

const saved = { ...process.env };
let work: string;
let toolCache: string;
let server: ReleaseServer | undefined;

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-install-'));
  toolCache = path.join(work, 'tool-cache');
  process.env.RUNNER_TOOL_CACHE = toolCache;
  process.env.RUNNER_TEMP = path.join(work, 'temp');
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  process.env = { ...saved };
  rmSync(work, { recursive: true, force: true });
});

const linux = { platform: 'linux' as const, arch: 'x64', usePath: false };

async function serveRelease(version: string, archive: Buffer, checksums?: string, platform = 'Linux-64bit') {
  const asset = `trivy_${version}_${platform}.tar.gz`;
  const files: Record<string, Buffer | string> = { [`${RELEASE_PREFIX}/v${version}/${asset}`]: archive };
  if (checksums !== undefined)
    files[`${RELEASE_PREFIX}/v${version}/trivy_${version}_checksums.txt`] = checksums;
  server = await startReleaseServer(files);
  return { asset, server };
}

function cachedVersions(): string[] {
  const dir = path.join(toolCache, 'trivy');
  return existsSync(dir) ? readdirSync(dir) : [];
}

describe('installing Trivy from a release (loopback release server)', () => {
  it('verifies an unpinned version against the release checksums file, unpacks and caches it', async () => {
    const archive = buildTrivyArchive('0.75.9');
    const { asset, server } = await serveRelease(
      '0.75.9',
      archive,
      `${sha256Hex('other')}  trivy_0.75.9_macOS-64bit.tar.gz\n${sha256Hex(archive)}  trivy_0.75.9_Linux-64bit.tar.gz\n`,
    );
    const installed = await installTrivy({ version: '0.75.9', releasesUrl: server.url, ...linux });
    expect(installed.source).toBe('download');
    expect(installed.path).toBe(path.join(toolCache, 'trivy', '0.75.9', 'x64', 'trivy'));
    expect(execFileSync(installed.path, ['--version'], { encoding: 'utf8' })).toContain('Version: 0.75.9');
    expect(server.requests).toEqual([
      `${RELEASE_PREFIX}/v0.75.9/trivy_0.75.9_checksums.txt`,
      `${RELEASE_PREFIX}/v0.75.9/${asset}`,
    ]);

    const again = await installTrivy({ version: '0.75.9', releasesUrl: server.url, ...linux });
    expect(again).toEqual({ ...installed, source: 'tool-cache' });
    expect(server.requests).toHaveLength(2);
  });

  it('fails clearly on a checksum mismatch and caches nothing', async () => {
    const archive = buildTrivyArchive('0.75.9', 'tampered');
    const { server } = await serveRelease(
      '0.75.9',
      archive,
      `${sha256Hex('the real archive')}  trivy_0.75.9_Linux-64bit.tar.gz\n`,
    );
    const failure = installTrivy({ version: '0.75.9', releasesUrl: server.url, ...linux });
    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toThrow(
      /does not match the release's trivy_0\.75\.9_checksums\.txt: expected sha256 [0-9a-f]{64}, got [0-9a-f]{64}\. Nothing was unpacked or cached\./,
    );
    expect(cachedVersions()).toEqual([]);
    expect(readdirSync(process.env.RUNNER_TEMP!)).toEqual([]);
  });

  it('trusts the embedded digest of a pinned version over a checksums file from the same release', async () => {
    const archive = buildTrivyArchive('0.75.8', 'replaced');
    // A hijacked release republishes the archive and a checksums file that agrees with it.
    const { server } = await serveRelease(
      '0.75.8',
      archive,
      `${sha256Hex(archive)}  trivy_0.75.8_Linux-64bit.tar.gz\n`,
    );
    const pinned = { '0.75.8': { 'Linux-64bit': sha256Hex('the archive that was pinned') } };
    await expect(
      installTrivy({ version: '0.75.8', releasesUrl: server.url, pinned, ...linux }),
    ).rejects.toThrow(/does not match the digest embedded in cloudgate for this version/);
    expect(server.requests.some((request) => request.endsWith('checksums.txt'))).toBe(false);
    expect(cachedVersions()).toEqual([]);
  });

  it('installs a pinned version without reading the checksums file when the embedded digest matches', async () => {
    const archive = buildTrivyArchive('0.75.8');
    const { server } = await serveRelease('0.75.8', archive, undefined, 'Linux-ARM64');
    const pinned = { '0.75.8': { 'Linux-ARM64': sha256Hex(archive) } };
    const installed = await installTrivy({
      version: '0.75.8',
      releasesUrl: server.url,
      pinned,
      usePath: false,
      platform: 'linux',
      arch: 'arm64',
    });
    expect(installed).toMatchObject({
      source: 'download',
      path: path.join(toolCache, 'trivy', '0.75.8', 'arm64', 'trivy'),
    });
    expect(server.requests).toEqual([`${RELEASE_PREFIX}/v0.75.8/trivy_0.75.8_Linux-ARM64.tar.gz`]);
  });

  it('refuses an unpinned version whose checksums file does not list the archive', async () => {
    const archive = buildTrivyArchive('0.75.9');
    const { server } = await serveRelease(
      '0.75.9',
      archive,
      `${sha256Hex(archive)}  trivy_0.75.9_Linux-ARM64.tar.gz\n`,
    );
    await expect(installTrivy({ version: '0.75.9', releasesUrl: server.url, ...linux })).rejects.toThrow(
      /has no checksum for trivy_0\.75\.9_Linux-64bit\.tar\.gz, so the download cannot be verified/,
    );
    expect(server.requests.some((request) => request.endsWith('.tar.gz'))).toBe(false);
  });

  it('refuses a compromised version before any download', async () => {
    server = await startReleaseServer({});
    await expect(installTrivy({ version: '0.69.5', releasesUrl: server.url, ...linux })).rejects.toThrow(
      /0\.69\.5 is refused/,
    );
    expect(server.requests).toEqual([]);
  });

  it('says when the release does not exist', async () => {
    server = await startReleaseServer({});
    await expect(installTrivy({ version: '0.75.9', releasesUrl: server.url, ...linux })).rejects.toThrow(
      /cannot download trivy_0\.75\.9_checksums\.txt .*HTTP 404/,
    );
  });

  it('uses the Trivy on PATH when it reports the requested version, and not otherwise', async () => {
    const bin = path.join(work, 'bin');
    const script = (version: string) => {
      rmSync(bin, { recursive: true, force: true });
      execFileSync('mkdir', ['-p', bin]);
      writeFileSync(path.join(bin, 'trivy'), `#!/bin/sh\necho "Version: ${version}"\n`);
      chmodSync(path.join(bin, 'trivy'), 0o755);
    };
    script('0.75.0');
    const env = { PATH: `${bin}${path.delimiter}${process.env.PATH}` };
    await expect(installTrivy({ version: '0.75.0', env, platform: 'linux', arch: 'x64' })).resolves.toEqual({
      path: path.join(bin, 'trivy'),
      version: '0.75.0',
      source: 'path',
    });
    script('0.70.0');
    const archive = buildTrivyArchive('0.75.9');
    const { server } = await serveRelease(
      '0.75.9',
      archive,
      `${sha256Hex(archive)}  trivy_0.75.9_Linux-64bit.tar.gz\n`,
    );
    const log: string[] = [];
    const installed = await installTrivy({
      version: '0.75.9',
      env,
      releasesUrl: server.url,
      platform: 'linux',
      arch: 'x64',
      log: (line) => log.push(line),
    });
    expect(installed.source).toBe('download');
    expect(log[0]).toContain('is 0.70.0, not 0.75.9');
  });
});

describe('Trivy versions', () => {
  it.each(['0.69.4', '0.69.5', 'v0.69.6'])('refuses the compromised release %s', (version) => {
    expect(() => normaliseTrivyVersion(version)).toThrow(
      /published by an attacker \(GHSA-69fq-xp46-6x23, CVE-2026-33634\)/,
    );
  });

  it.each(['latest', '0.75', '>=0.70.0', '0.75.0; rm -rf /'])(
    'refuses the moving or malformed version "%s"',
    (version) => {
      expect(() => normaliseTrivyVersion(version)).toThrow(/is not an exact version/);
    },
  );

  it('accepts 0.69.3 and 0.70.0 around the refused range, and defaults to the pinned version', () => {
    expect(normaliseTrivyVersion('v0.69.3')).toBe('0.69.3');
    expect(normaliseTrivyVersion('0.70.0')).toBe('0.70.0');
    expect(normaliseTrivyVersion('')).toBe(DEFAULT_TRIVY_VERSION);
  });

  it('embeds a digest for both Linux archives of the default version', () => {
    const pins = PINNED_SHA256[DEFAULT_TRIVY_VERSION];
    expect(pins?.['Linux-64bit']).toMatch(/^[0-9a-f]{64}$/);
    expect(pins?.['Linux-ARM64']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects a checksums file that lists one archive twice with different digests', () => {
    const file = `${'a'.repeat(64)}  trivy_1.0.0_Linux-64bit.tar.gz\n${'b'.repeat(64)}  trivy_1.0.0_Linux-64bit.tar.gz\n`;
    expect(() => checksumFor(file, 'trivy_1.0.0_Linux-64bit.tar.gz')).toThrow(
      /2 times with different digests/,
    );
  });
});
