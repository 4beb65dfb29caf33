import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../core/errors';

/**
 * Trivy falls back along this list on 429 and 5xx. Setting --db-repository replaces Trivy's own
 * defaults, so the whole list is always passed: the unthrottled mirrors first, the original last.
 */
export const DEFAULT_DB_REPOSITORIES = [
  'mirror.gcr.io/aquasec/trivy-db:2',
  'public.ecr.aws/aquasecurity/trivy-db:2',
  'ghcr.io/aquasecurity/trivy-db:2',
];
export const DEFAULT_JAVA_DB_REPOSITORIES = [
  'mirror.gcr.io/aquasec/trivy-java-db:1',
  'public.ecr.aws/aquasecurity/trivy-java-db:1',
  'ghcr.io/aquasecurity/trivy-java-db:1',
];

export const TRIVY_SEVERITIES = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export const TRIVY_SCANNERS = ['vuln', 'secret', 'misconfig', 'license'] as const;

export type ScanTarget = { kind: 'image'; ref: string } | { kind: 'input'; file: string };

export interface TrivyScanSettings {
  /** Upper-case Trivy names; empty means all. */
  severities: string[];
  ignoreUnfixed: boolean;
  scanners: string[];
  ignoreFile?: string;
  vex: string[];
  dbRepositories: string[];
  javaDbRepositories: string[];
  /** Trivy duration: `5m`, `15m`, `1h30m`. */
  timeout?: string;
  cacheDir: string;
}

const DOCS = 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/image-scan.md#inputs';

/** The arguments of one `trivy image` run; JSON goes to a file, never to stdout mixed with logs. */
export function buildTrivyArgs(
  target: ScanTarget,
  settings: TrivyScanSettings,
  outputFile: string,
  now = new Date(),
): string[] {
  const args = ['image', '--format', 'json', '--output', outputFile, '--no-progress', '--list-all-pkgs'];
  args.push('--scanners', settings.scanners.join(','));
  if (settings.severities.length > 0) args.push('--severity', settings.severities.join(','));
  if (settings.ignoreUnfixed) args.push('--ignore-unfixed');
  if (settings.ignoreFile) args.push('--ignorefile', settings.ignoreFile);
  for (const vex of settings.vex) args.push('--vex', vex);
  args.push('--cache-dir', settings.cacheDir);
  args.push('--db-repository', settings.dbRepositories.join(','));
  args.push('--java-db-repository', settings.javaDbRepositories.join(','));
  // Skipping the update on a first run is a Trivy error, so only a fresh cached DB allows it.
  if (freshDb(path.join(settings.cacheDir, 'db'), now)) args.push('--skip-db-update');
  if (freshDb(path.join(settings.cacheDir, 'java-db'), now)) args.push('--skip-java-db-update');
  if (settings.timeout) args.push('--timeout', settings.timeout);
  if (target.kind === 'input') args.push('--input', target.file);
  else args.push('--', target.ref);
  return args;
}

/** The cache step restores yesterday's DB when today's key misses; older than a day, it is updated. */
export const MAX_DB_AGE_MS = 24 * 60 * 60 * 1000;

export function freshDb(dir: string, now: Date): boolean {
  const metadata = path.join(dir, 'metadata.json');
  if (!existsSync(metadata)) return false;
  try {
    const { DownloadedAt } = JSON.parse(readFileSync(metadata, 'utf8')) as { DownloadedAt?: string };
    const downloaded = Date.parse(DownloadedAt ?? '');
    return (
      Number.isFinite(downloaded) &&
      now.getTime() - downloaded < MAX_DB_AGE_MS &&
      now.getTime() >= downloaded - 60_000
    );
  } catch {
    return false;
  }
}

export function parseSeverities(values: string[]): string[] {
  const severities = values.map((value) =>
    value.toLowerCase() === 'info' ? 'UNKNOWN' : value.toUpperCase(),
  );
  return distinctAllowed(
    severities,
    TRIVY_SEVERITIES,
    (unknown) => `severity "${unknown}" is not a Trivy severity`,
  );
}

export function parseScanners(values: string[]): string[] {
  const scanners = values.length > 0 ? values.map((value) => value.toLowerCase()) : ['vuln', 'secret'];
  return distinctAllowed(
    scanners,
    TRIVY_SCANNERS,
    (unknown) => `scanner "${unknown}" is not one cloudgate runs`,
  );
}

/** The values without repeats, or a UserError naming those not allowed. */
function distinctAllowed(
  values: string[],
  allowed: readonly string[],
  problem: (unknown: string) => string,
): string[] {
  const unknown = values.filter((value) => !allowed.includes(value));
  if (unknown.length > 0)
    throw new UserError(problem(unknown.join(', ')), `Use a list of ${allowed.join(', ')}.`, DOCS);
  return [...new Set(values)];
}

export function parseTimeout(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (!/^(\d+(ms|s|m|h))+$/.test(text)) {
    throw new UserError(
      `timeout "${text}" is not a duration`,
      'Write it the way Trivy does: 10m, 900s, 1h30m.',
      DOCS,
    );
  }
  return text;
}

/** Registry references only: no spaces, no options, no shell. */
export function parseRepositories(values: string[], defaults: string[], input: string): string[] {
  if (values.length === 0) return defaults;
  for (const value of values) {
    if (!/^[A-Za-z0-9][\w.-]*(:\d+)?(\/[\w.-]+)+(:[\w.-]+)?(@sha256:[0-9a-f]{64})?$/.test(value)) {
      throw new UserError(
        `${input} "${value}" is not a registry repository`,
        'Write it like mirror.gcr.io/aquasec/trivy-db:2; several are separated by commas or new lines and tried in order.',
        DOCS,
      );
    }
  }
  return values;
}

/** An image reference cannot start with `-`, so it can never be read as an option. */
export function parseImageRef(value: string): string {
  const ref = value.trim();
  if (ref === '' || ref.startsWith('-') || /\s/.test(ref)) {
    throw new UserError(
      `"${value}" is not an image reference`,
      'Write it like ghcr.io/acme/api:1.4.2 or ghcr.io/acme/api@sha256:<digest>.',
      DOCS,
    );
  }
  return ref;
}

/** Comma- or newline-separated input lists. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
