import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../core/errors';
import { userCacheHome } from '../../core/user-cache';
import {
  DEFAULT_DB_REPOSITORIES,
  DEFAULT_JAVA_DB_REPOSITORIES,
  parseRepositories,
  parseScanners,
  parseSeverities,
  parseTimeout,
  splitList,
  type TrivyScanSettings,
} from './trivy-args';

/** The scan settings as users write them, in the action inputs and the CLI options alike. */
export interface RawScanSettings {
  severity?: string;
  ignoreUnfixed?: boolean;
  scanners?: string;
  trivyignore?: string;
  vex?: string;
  dbRepository?: string;
  javaDbRepository?: string;
  timeout?: string;
  cacheDir?: string;
}

const VEX_SOURCES = new Set(['repo', 'oci', 'sbom-ref']);

export function resolveScanSettings(
  raw: RawScanSettings,
  repoRoot: string,
  env: NodeJS.ProcessEnv = process.env,
): TrivyScanSettings {
  const ignoreFile = resolveIgnoreFile(raw.trivyignore, repoRoot);
  const timeout = parseTimeout(raw.timeout);
  return {
    severities: parseSeverities(splitList(raw.severity)),
    ignoreUnfixed: raw.ignoreUnfixed ?? false,
    scanners: parseScanners(splitList(raw.scanners)),
    ...(ignoreFile ? { ignoreFile } : {}),
    vex: splitList(raw.vex).map((vex) => (VEX_SOURCES.has(vex) ? vex : existingFile(repoRoot, vex, 'vex'))),
    dbRepositories: parseRepositories(splitList(raw.dbRepository), DEFAULT_DB_REPOSITORIES, 'db-repository'),
    javaDbRepositories: parseRepositories(
      splitList(raw.javaDbRepository),
      DEFAULT_JAVA_DB_REPOSITORIES,
      'java-db-repository',
    ),
    ...(timeout ? { timeout } : {}),
    cacheDir: path.resolve(raw.cacheDir?.trim() || defaultCacheDir(env)),
  };
}

/** Trivy's own default, so the CLI shares a database the user already downloaded. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  return path.join(userCacheHome(env), 'trivy');
}

/** Trivy reads `.trivyignore` from its working folder but `.trivyignore.yaml` only when named, so both are named. */
function resolveIgnoreFile(given: string | undefined, repoRoot: string): string | undefined {
  if (given?.trim()) return existingFile(repoRoot, given.trim(), 'trivyignore');
  for (const name of ['.trivyignore.yaml', '.trivyignore']) {
    const candidate = path.join(repoRoot, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

function existingFile(repoRoot: string, file: string, input: string): string {
  const absolute = path.resolve(repoRoot, file);
  if (!existsSync(absolute)) {
    throw new UserError(
      `the ${input} file ${file} does not exist`,
      'Give its path relative to the repository root.',
    );
  }
  return absolute;
}
