import type { Writable } from 'node:stream';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../../core/errors';
import type { Notice } from '../../core/notice';
import type { Report } from '../../core/report';
import { readDockerfile, type ParsedDockerfile } from './image-dockerfile';
import { readTrivyReport } from './parse-trivy-report';
import { repoFiles, type RepoFiles } from './repo-files';
import { buildTrivyArgs, type ScanTarget, type TrivyScanSettings } from './trivy-args';
import { installTrivy } from './trivy-install';
import { runTrivy } from './trivy-run';
import { buildImageReport, convertTrivyReport, type ConvertedScan } from './trivy-to-findings';

export interface ImageScanOptions {
  targets: ScanTarget[];
  settings: TrivyScanSettings;
  trivyVersion: string;
  releasesUrl?: string;
  /** Report paths are relative to it; lockfiles and the Dockerfile are looked up in it. */
  repoRoot: string;
  /** Relative to the repository root; one for all targets, or one per target. Defaults to ./Dockerfile when present. */
  dockerfiles?: string[];
  baseImageUpdates?: Record<string, string>;
  log?: (line: string) => void;
  logStream?: Writable;
  quiet?: boolean;
  /** PATH to find Trivy on and the environment it runs in; process.env by default. */
  env?: NodeJS.ProcessEnv;
}

/** Installs Trivy, scans each image or tarball in turn and converts the reports into one cloudgate report. */
export async function scanImages(options: ImageScanOptions): Promise<Report> {
  const started = Date.now();
  const files = repoFiles(options.repoRoot);
  const dockerfiles = resolveDockerfiles(options.repoRoot, options.dockerfiles ?? [], options.targets.length);
  const trivy = await installTrivy({
    version: options.trivyVersion,
    ...(options.env ? { env: options.env } : {}),
    ...(options.releasesUrl ? { releasesUrl: options.releasesUrl } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  options.log?.(`Using Trivy ${trivy.version} (${trivy.source}: ${trivy.path})`);
  const work = mkdtempSync(path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'cloudgate-trivy-'));
  try {
    const scans: ConvertedScan[] = [];
    for (const [index, target] of options.targets.entries()) {
      const what = target.kind === 'image' ? target.ref : target.file;
      const outputFile = path.join(work, `report-${index + 1}.json`);
      const parsed = await runTrivy({
        binary: trivy.path,
        args: buildTrivyArgs(target, options.settings, outputFile),
        outputFile,
        what,
        ...(options.env ? { env: options.env } : {}),
        ...(options.logStream ? { logStream: options.logStream } : {}),
        ...(options.quiet !== undefined ? { quiet: options.quiet } : {}),
      });
      scans.push(
        convertOne(parsed.report, parsed.notices, what, files, dockerfiles[index], options.baseImageUpdates),
      );
    }
    return buildImageReport(scans, [], Date.now() - started);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `cloudgate image --trivy-report`: reports produced elsewhere, converted the same way. */
export function reportFromTrivyFiles(
  reportFiles: string[],
  options: {
    repoRoot: string;
    dockerfiles?: string[];
    image?: string;
    baseImageUpdates?: Record<string, string>;
  },
): Report {
  const started = Date.now();
  const files = repoFiles(options.repoRoot);
  const dockerfiles = resolveDockerfiles(options.repoRoot, options.dockerfiles ?? [], reportFiles.length);
  const scans = reportFiles.map((file, index) => {
    const parsed = readTrivyReport(file);
    return convertOne(
      parsed.report,
      parsed.notices,
      options.image,
      files,
      dockerfiles[index],
      options.baseImageUpdates,
    );
  });
  return buildImageReport(scans, [], Date.now() - started);
}

function convertOne(
  report: Parameters<typeof convertTrivyReport>[0],
  notices: Notice[],
  image: string | undefined,
  files: RepoFiles,
  dockerfile: ParsedDockerfile | undefined,
  baseImageUpdates: Record<string, string> | undefined,
): ConvertedScan {
  const scan = convertTrivyReport(report, {
    files,
    ...(image ? { image } : {}),
    ...(dockerfile ? { dockerfile } : {}),
    ...(baseImageUpdates ? { baseImageUpdates } : {}),
  });
  return { ...scan, notices: [...notices, ...scan.notices] };
}

/** One Dockerfile for every target, or one per target; none given means ./Dockerfile when it exists. */
export function resolveDockerfiles(
  repoRoot: string,
  given: string[],
  targets: number,
): (ParsedDockerfile | undefined)[] {
  if (given.length > 1 && given.length !== targets) {
    throw new UserError(
      `${given.length} Dockerfiles for ${targets} images`,
      'Give one Dockerfile for all images, or one per image in the same order.',
    );
  }
  const paths =
    given.length === 0 ? (existsSync(path.join(repoRoot, 'Dockerfile')) ? ['Dockerfile'] : []) : given;
  const parsed = paths.map((file) => loadDockerfile(repoRoot, file));
  return Array.from({ length: targets }, (_, index) => (parsed.length === 1 ? parsed[0] : parsed[index]));
}

function loadDockerfile(repoRoot: string, file: string): ParsedDockerfile {
  const absolute = path.resolve(repoRoot, file);
  const relative = path.relative(path.resolve(repoRoot), absolute).split(path.sep).join('/');
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new UserError(
      `the Dockerfile ${file} is outside the repository`,
      'Findings can only be anchored on files in the repository.',
    );
  }
  if (!existsSync(absolute) || !statSync(absolute).isFile()) {
    throw new UserError(
      `the Dockerfile ${file} does not exist`,
      'Give its path relative to the repository root.',
    );
  }
  return readDockerfile(relative, readFileSync(absolute, 'utf8'));
}
