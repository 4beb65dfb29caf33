import { UserError } from '../../core/errors';

/** The Trivy cloudgate runs unless told otherwise. Bump it together with PINNED_SHA256. */
export const DEFAULT_TRIVY_VERSION = '0.75.0';

export const TRIVY_RELEASES_URL = 'https://github.com/aquasecurity/trivy/releases/download';

export type TrivyPlatform = 'Linux-64bit' | 'Linux-ARM64' | 'macOS-64bit' | 'macOS-ARM64';

/**
 * SHA-256 of the release archives of the versions cloudgate pins, embedded so that a release whose
 * assets and checksums file were both replaced (as Trivy's were in March 2026) is caught. Each value
 * was cross-checked in several independent public repositories that pin the same archive.
 */
export const PINNED_SHA256: Readonly<Record<string, Partial<Record<TrivyPlatform, string>>>> = {
  '0.75.0': {
    'Linux-64bit': 'c6e65abddb348e25f10549df887045629cf28cc72453cd1c63acb717316b3f3f',
    'Linux-ARM64': 'a1ee9f6ffb7d112b64ff726a2a0717c21175c1114361391f4a132956751a13b3',
  },
  '0.74.0': {
    'Linux-64bit': '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a',
    'Linux-ARM64': 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5',
  },
};

/** Published by the attacker of GHSA-69fq-xp46-6x23 (CVE-2026-33634); never downloaded or run. */
export const REFUSED_VERSIONS: readonly string[] = ['0.69.4', '0.69.5', '0.69.6'];

const DOCS = 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/image-scan.md#trivy-version';

/** `v0.75.0` and `0.75.0` are the same; anything that is not an exact version is refused. */
export function normaliseTrivyVersion(input: string | undefined): string {
  const text = (input ?? '').trim();
  if (text === '') return DEFAULT_TRIVY_VERSION;
  const match = /^v?(\d+\.\d+\.\d+)$/.exec(text);
  if (!match) {
    throw new UserError(
      `trivy-version "${text}" is not an exact version`,
      `Pin a release such as ${DEFAULT_TRIVY_VERSION}: a moving version ("latest", a range) would run whatever was published last, which is how a hijacked release reaches a pipeline.`,
      DOCS,
    );
  }
  const version = match[1]!;
  if (REFUSED_VERSIONS.includes(version)) {
    throw new UserError(
      `Trivy ${version} is refused: versions 0.69.4 to 0.69.6 were published by an attacker (GHSA-69fq-xp46-6x23, CVE-2026-33634)`,
      `Use ${DEFAULT_TRIVY_VERSION} (the default). If this version ran in your pipelines, rotate the secrets those jobs could read.`,
      DOCS,
    );
  }
  return version;
}

export function releasePlatform(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): TrivyPlatform {
  const system = platform === 'linux' ? 'Linux' : platform === 'darwin' ? 'macOS' : undefined;
  const machine = arch === 'x64' ? '64bit' : arch === 'arm64' ? 'ARM64' : undefined;
  if (!system || !machine) {
    throw new UserError(
      `cloudgate cannot download Trivy for ${platform}/${arch}`,
      'Install Trivy yourself, put it on PATH, and set trivy-version to its version; cloudgate then uses it as it is.',
      DOCS,
    );
  }
  return `${system}-${machine}` as TrivyPlatform;
}

export function archiveName(version: string, platform: TrivyPlatform): string {
  return `trivy_${version}_${platform}.tar.gz`;
}

export function checksumsName(version: string): string {
  return `trivy_${version}_checksums.txt`;
}

/**
 * The digest of one asset in a goreleaser checksums file (`<sha256>  <file>` per line). An asset
 * listed twice with different digests is an error, not a choice.
 */
export function checksumFor(checksums: string, asset: string): string | undefined {
  const digests = new Set<string>();
  for (const line of checksums.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
    if (match && match[2] === asset) digests.add(match[1]!.toLowerCase());
  }
  if (digests.size > 1) {
    throw new UserError(
      `the checksums file lists ${asset} ${digests.size} times with different digests`,
      'The release looks tampered with; do not use it.',
      DOCS,
    );
  }
  return [...digests][0];
}
