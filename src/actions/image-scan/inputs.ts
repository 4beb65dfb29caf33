import path from 'node:path';
import { UserError } from '../../core/errors';
import { parseFailOn, type FailOn, type GateScope } from '../../core/gate';
import type { CommentMode } from '../../core/github/publish-types';
import type { Env } from '../../core/github/runner-io';
import { parseBaseImageUpdates } from '../../scanners/image/base-image-updates';
import { resolveScanSettings } from '../../scanners/image/scan-settings';
import {
  parseImageRef,
  splitList,
  type ScanTarget,
  type TrivyScanSettings,
} from '../../scanners/image/trivy-args';
import { normaliseTrivyVersion } from '../../scanners/image/trivy-versions';

export interface ImageScanInputs {
  targets: ScanTarget[];
  dockerfiles: string[];
  baseImageUpdates: Record<string, string>;
  trivyVersion: string;
  settings: TrivyScanSettings;
  failOn: FailOn;
  scope: GateScope;
  comment: CommentMode;
  sarifUpload: boolean;
  category: string;
  token?: string;
  maxComments: number;
  configPath?: string;
  baselinePath?: string;
  outputDir: string;
  waitForProcessingSeconds: number;
}

const DOCS = 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/image-scan.md#inputs';

/**
 * An input by its action.yml name. A JavaScript action gets `INPUT_TRIVY-VERSION`; the composite maps
 * each input into `INPUT_TRIVY_VERSION` through `env:` (a composite's steps get no INPUT_ variables).
 */
export function readInput(env: Env, name: string): string {
  const upper = name.toUpperCase().replace(/ /g, '_');
  return (env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, '_')}`] ?? '').trim();
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const value = readInput(env, name).toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new UserError(`input ${name} is "${value}", not true or false`, undefined, DOCS);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = (readInput(env, name).toLowerCase() || fallback) as T;
  if (!allowed.includes(value))
    throw new UserError(`input ${name} is "${value}"`, `Use one of: ${allowed.join(', ')}.`, DOCS);
  return value;
}

function wholeNumber(env: Env, name: string, fallback: number): number {
  const value = readInput(env, name);
  if (value === '') return fallback;
  if (!/^\d{1,6}$/.test(value))
    throw new UserError(`input ${name} is "${value}", not a whole number`, undefined, DOCS);
  return Number(value);
}

export function readImageScanInputs(env: Env, workspace: string): ImageScanInputs {
  const targets: ScanTarget[] = [
    ...splitList(readInput(env, 'image')).map((ref): ScanTarget => ({
      kind: 'image',
      ref: parseImageRef(ref),
    })),
    ...splitList(readInput(env, 'input')).map((file): ScanTarget => ({
      kind: 'input',
      file: path.resolve(workspace, file),
    })),
  ];
  if (targets.length === 0) {
    throw new UserError(
      'nothing to scan: set the image input (one or more references) or the input input (a docker save tarball)',
      undefined,
      DOCS,
    );
  }
  const token = readInput(env, 'github-token');
  const configPath = readInput(env, 'config');
  const baselinePath = readInput(env, 'baseline');
  return {
    targets,
    dockerfiles: splitList(readInput(env, 'dockerfile')),
    baseImageUpdates: parseBaseImageUpdates(splitList(readInput(env, 'base-image-updates'))),
    trivyVersion: normaliseTrivyVersion(readInput(env, 'trivy-version')),
    settings: resolveScanSettings(
      {
        severity: readInput(env, 'severity'),
        ignoreUnfixed: readBoolean(env, 'ignore-unfixed', false),
        scanners: readInput(env, 'scanners'),
        trivyignore: readInput(env, 'trivyignore'),
        vex: readInput(env, 'vex'),
        dbRepository: readInput(env, 'db-repository'),
        javaDbRepository: readInput(env, 'java-db-repository'),
        timeout: readInput(env, 'timeout'),
        cacheDir: readInput(env, 'cache-dir'),
      },
      workspace,
      env,
    ),
    failOn: parseFailOn(readInput(env, 'fail-on') || 'high'),
    scope: oneOf(env, 'fail-on-scope', ['all', 'new'] as const, 'all'),
    comment: oneOf(env, 'comment', ['review', 'summary', 'none'] as const, 'review'),
    sarifUpload: readBoolean(env, 'sarif-upload', true),
    category: readInput(env, 'category') || 'cloudgate-image',
    ...(token ? { token } : {}),
    maxComments: wholeNumber(env, 'max-comments', 20),
    ...(configPath ? { configPath } : {}),
    ...(baselinePath ? { baselinePath } : {}),
    outputDir: path.resolve(
      workspace,
      readInput(env, 'output-dir') || path.join(env.RUNNER_TEMP ?? workspace, 'cloudgate-image'),
    ),
    waitForProcessingSeconds: wholeNumber(env, 'wait-for-processing', 0),
  };
}
