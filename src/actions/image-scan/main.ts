import path from 'node:path';
import { UserError } from '../../core/errors';
import { readGitHubContext } from '../../core/github/context';
import { gateAndPublish } from '../../core/github/gate-and-publish';
import { createGitRunner } from '../../core/github/git';
import { readReportingInputs } from '../../core/github/reporting-inputs';
import { createRunnerIO, type Env, type RunnerIO } from '../../core/github/runner-io';
import { workspaceLines } from '../../core/github/workspace-files';
import { getBooleanInput, getInput, getListInput } from '../../core/inputs';
import type { Report } from '../../core/report';
import { runAction } from '../../core/run-action';
import { parseBaseImageUpdates } from '../../scanners/image/base-image-updates';
import { runImagePipeline } from '../../scanners/image/image-pipeline';
import { groupByPackage, renderPackageGroups } from '../../scanners/image/package-groups';
import type { ImageScanOptions } from '../../scanners/image/scan-image';
import { resolveScanSettings } from '../../scanners/image/scan-settings';
import { parseImageRef, type ScanTarget } from '../../scanners/image/trivy-args';
import { normaliseTrivyVersion } from '../../scanners/image/trivy-versions';

/** Above this many vulnerabilities the summary comment and the job summary also list them by package. */
const GROUP_ABOVE = 40;

/** The image-scan action: Trivy over the images, gate, publish. Resolves to the exit code. */
export function run(env: Env = process.env, io: RunnerIO = createRunnerIO(env)): Promise<number> {
  return runAction(io, async () => {
    const inputs = readReportingInputs(env, { category: 'cloudgate-image' });
    const context = readGitHubContext(env);
    const root = context.workspace;
    const options = readScanOptions(env, root, io);
    const config = getInput(env, 'config');
    const baseline = getInput(env, 'baseline');
    const { report } = await io.group('Scanning images with Trivy', () =>
      runImagePipeline(
        { kind: 'scan', options },
        {
          repoRoot: root,
          ...(config ? { configPath: config } : {}),
          ...(baseline ? { baselinePath: baseline } : {}),
        },
      ),
    );
    const { gate } = await gateAndPublish({
      report,
      inputs,
      context,
      io,
      title: 'cloudgate image scan',
      git: createGitRunner(root, env),
      fileLines: workspaceLines(root),
      ...packageTable(report),
    });
    io.setOutput('findings', String(Object.values(gate.counts).reduce((sum, count) => sum + count, 0)));
    io.setOutput('passed', String(gate.passed));
    return { gate };
  });
}

/** What to scan, with which Trivy and how, as the inputs say. */
function readScanOptions(env: Env, root: string, io: RunnerIO): Omit<ImageScanOptions, 'repoRoot'> {
  const targets = [
    ...getListInput(env, 'image').map((ref): ScanTarget => ({ kind: 'image', ref: parseImageRef(ref) })),
    ...getListInput(env, 'input').map((file): ScanTarget => ({
      kind: 'input',
      file: path.resolve(root, file),
    })),
  ];
  if (targets.length === 0)
    throw new UserError(
      'nothing to scan',
      'Set `image` (image references) or `input` (docker save tarballs).',
    );
  const releasesUrl = env.CLOUDGATE_TRIVY_RELEASES_URL;
  const raw = {
    severity: getInput(env, 'severity'),
    ignoreUnfixed: getBooleanInput(env, 'ignore-unfixed', false),
    scanners: getInput(env, 'scanners'),
    trivyignore: getInput(env, 'trivyignore'),
    vex: getInput(env, 'vex'),
    dbRepository: getInput(env, 'db-repository'),
    javaDbRepository: getInput(env, 'java-db-repository'),
    timeout: getInput(env, 'timeout'),
    cacheDir: getInput(env, 'cache-dir'),
  };
  return {
    targets,
    dockerfiles: getListInput(env, 'dockerfile'),
    baseImageUpdates: parseBaseImageUpdates(getListInput(env, 'base-image-updates')),
    trivyVersion: normaliseTrivyVersion(getInput(env, 'trivy-version')),
    settings: resolveScanSettings(raw, root, env),
    log: (line) => io.log.info(line),
    // Trivy needs no GitHub token, so it does not get ours.
    env: Object.fromEntries(
      Object.entries(env).filter(([name]) => !/^(CLOUDGATE|INPUT)_GITHUB[-_]TOKEN$/.test(name)),
    ),
    ...(releasesUrl ? { releasesUrl } : {}),
  };
}

/** A large report is easier to act on by package: one upgrade clears all of a package's advisories. */
function packageTable(report: Report): { appendix?: string } {
  const groups = groupByPackage(report.findings);
  const vulnerabilities = groups.reduce((sum, group) => sum + group.total, 0);
  return vulnerabilities > GROUP_ABOVE ? { appendix: renderPackageGroups(groups) } : {};
}
