import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, createReadStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as toolCache from '@actions/tool-cache';
import { UserError } from '../../core/errors';
import { userCacheHome } from '../../core/user-cache';
import {
  PINNED_SHA256,
  TRIVY_RELEASES_URL,
  archiveName,
  checksumFor,
  checksumsName,
  normaliseTrivyVersion,
  releasePlatform,
  type TrivyPlatform,
} from './trivy-versions';

export interface TrivyInstallOptions {
  /** Already normalised and allowed (see normaliseTrivyVersion). */
  version: string;
  /** Where `v<version>/<asset>` is downloaded from; tests point it at a loopback server. */
  releasesUrl?: string;
  platform?: NodeJS.Platform;
  arch?: string;
  /** The embedded digests; tests pass their own. */
  pinned?: Readonly<Record<string, Partial<Record<TrivyPlatform, string>>>>;
  /** Set to false to ignore a Trivy found on PATH. */
  usePath?: boolean;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface InstalledTrivy {
  path: string;
  version: string;
  source: 'path' | 'tool-cache' | 'download';
}

const DOCS = 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/image-scan.md#trivy-version';

/**
 * A Trivy binary of exactly the requested version: the one on PATH when it reports that version,
 * else the tool cache, else the release archive, verified before it is unpacked and cached.
 */
export async function installTrivy(options: TrivyInstallOptions): Promise<InstalledTrivy> {
  normaliseTrivyVersion(options.version);
  const env = options.env ?? process.env;
  const log = options.log ?? (() => undefined);
  if (options.usePath !== false) {
    const onPath = findOnPath('trivy', env.PATH ?? '');
    if (onPath) {
      const found = await trivyVersion(onPath);
      if (found === options.version) return { path: onPath, version: found, source: 'path' };
      log(
        `Trivy on PATH (${onPath}) is ${found ?? 'of an unknown version'}, not ${options.version}; using a pinned download instead.`,
      );
    }
  }
  ensureRunnerDirectories(process.env);
  const platform = releasePlatform(options.platform, options.arch);
  const toolArch = platform.endsWith('ARM64') ? 'arm64' : 'x64';
  const cached = toolCache.find('trivy', options.version, toolArch);
  if (cached && existsSync(path.join(cached, 'trivy'))) {
    return { path: path.join(cached, 'trivy'), version: options.version, source: 'tool-cache' };
  }
  const base = `${(options.releasesUrl ?? TRIVY_RELEASES_URL).replace(/\/+$/, '')}/v${options.version}`;
  const asset = archiveName(options.version, platform);
  const expected = await expectedDigest(options, platform, base, asset, log);
  log(`Downloading ${base}/${asset}`);
  const archive = await download(`${base}/${asset}`, asset);
  let unpacked: string | undefined;
  try {
    await verifyDigest(archive, expected.digest, `${base}/${asset}`, expected.source);
    unpacked = await toolCache.extractTar(archive, undefined, 'xz');
    const binary = path.join(unpacked, 'trivy');
    if (!existsSync(binary) || !statSync(binary).isFile()) {
      throw new UserError(
        `${asset} has no trivy executable at its top level`,
        'The archive is not a Trivy release archive.',
        DOCS,
      );
    }
    const dir = await toolCache.cacheDir(unpacked, 'trivy', options.version, toolArch);
    return { path: path.join(dir, 'trivy'), version: options.version, source: 'download' };
  } finally {
    rmSync(archive, { force: true });
    if (unpacked) rmSync(unpacked, { recursive: true, force: true });
  }
}

async function expectedDigest(
  options: TrivyInstallOptions,
  platform: TrivyPlatform,
  base: string,
  asset: string,
  log: (line: string) => void,
): Promise<{ digest: string; source: string }> {
  const pinned = (options.pinned ?? PINNED_SHA256)[options.version]?.[platform];
  if (pinned) return { digest: pinned, source: 'the digest embedded in cloudgate for this version' };
  const name = checksumsName(options.version);
  log(
    `Trivy ${options.version} is not pinned in cloudgate; checking ${asset} against the release's ${name}.`,
  );
  const file = await download(`${base}/${name}`, name);
  try {
    const digest = checksumFor(readFileSync(file, 'utf8'), asset);
    if (!digest) {
      throw new UserError(
        `${name} of Trivy ${options.version} has no checksum for ${asset}, so the download cannot be verified`,
        'Use a version cloudgate pins (the default), or a release that publishes this archive.',
        DOCS,
      );
    }
    return { digest, source: `the release's ${name}` };
  } finally {
    rmSync(file, { force: true });
  }
}

async function download(url: string, what: string): Promise<string> {
  try {
    return await toolCache.downloadTool(url);
  } catch (error) {
    const status = (error as { httpStatusCode?: number }).httpStatusCode;
    throw new UserError(
      `cannot download ${what} from ${url}: ${status ? `HTTP ${status}` : (error as Error).message}`,
      status === 404
        ? 'Check that trivy-version names a published Trivy release.'
        : 'Check the runner can reach github.com, or install Trivy on PATH at the requested version.',
      DOCS,
    );
  }
}

async function verifyDigest(file: string, expected: string, url: string, source: string): Promise<void> {
  const actual = await sha256(file);
  if (actual === expected.toLowerCase()) return;
  throw new UserError(
    `the Trivy archive from ${url} does not match ${source}: expected sha256 ${expected}, got ${actual}. Nothing was unpacked or cached.`,
    "A release asset that changed after it was pinned is what a hijacked release looks like (Trivy's were replaced in March 2026). Do not switch versions to get past this: check the release notes and advisories of aquasecurity/trivy first.",
    DOCS,
  );
}

export function sha256(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

export function findOnPath(name: string, searchPath: string): string | undefined {
  for (const dir of searchPath.split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here; keep looking.
    }
  }
  return undefined;
}

/** `trivy --version` prints `Version: 0.75.0`; a binary that hangs or prints something else is not used. */
export function trivyVersion(binary: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(binary, ['--version'], { timeout: 30_000, maxBuffer: 1024 * 1024 }, (error, stdout) => {
      if (error) return resolve(undefined);
      resolve(/Version:\s*v?(\d+\.\d+\.\d+)/.exec(stdout)?.[1]);
    });
  });
}

/** @actions/tool-cache needs these; outside a runner (the CLI) they default to the user's cache and temp folders. */
export function ensureRunnerDirectories(env: NodeJS.ProcessEnv): void {
  if (!env.RUNNER_TOOL_CACHE) {
    env.RUNNER_TOOL_CACHE = path.join(userCacheHome(env), 'cloudgate', 'tools');
  }
  if (!env.RUNNER_TEMP) env.RUNNER_TEMP = os.tmpdir();
}
