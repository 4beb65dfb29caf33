import type { Writable } from 'node:stream';
import { UserError, describeUnexpected } from '../../core/errors';
import { describeGate, evaluateGate } from '../../core/gate';
import { readGitHubContext, runUrl, tokenIsReadOnly, type GitHubContext } from '../../core/github/context';
import { createGitRunner } from '../../core/github/git';
import { createGitHubClient } from '../../core/github/octokit';
import { publishReport } from '../../core/github/publish';
import type { PublishTarget } from '../../core/github/publish-types';
import { createRunnerIO, type Env, type RunnerIO } from '../../core/github/runner-io';
import { runImagePipeline } from '../../scanners/image/image-pipeline';
import { groupByPackage, renderPackageGroups } from '../../scanners/image/package-groups';
import { repoFiles } from '../../scanners/image/repo-files';
import { readImageScanInputs, type ImageScanInputs } from './inputs';

/** Above this many vulnerabilities the job summary also lists them by package. */
const GROUP_ABOVE = 40;

export interface ActionDeps {
  io?: RunnerIO;
  /** Where Trivy's own log goes (the runner's log by default). */
  trivyLog?: Writable;
  /** Test seams: the Trivy release server, and wall-clock pacing of GitHub writes. */
  releasesUrl?: string;
  pace?: boolean;
}

/**
 * The image-scan action: inputs -> Trivy -> findings -> review, summary, SARIF -> gate. Returns the exit
 * code: 0 passed, 1 the gate failed, 2 a problem the user can fix, 3 a bug.
 */
export async function runImageScanAction(env: Env, deps: ActionDeps = {}): Promise<number> {
  const io = deps.io ?? createRunnerIO(env);
  try {
    const context = readGitHubContext(env);
    const inputs = readImageScanInputs(env, context.workspace);
    if (inputs.token) io.mask(inputs.token);
    return await scanAndPublish(env, context, inputs, io, deps);
  } catch (error) {
    io.setFailed(error instanceof UserError ? error.describe() : describeUnexpected(error));
    return error instanceof UserError ? 2 : 3;
  }
}

async function scanAndPublish(
  env: Env,
  context: GitHubContext,
  inputs: ImageScanInputs,
  io: RunnerIO,
  deps: ActionDeps,
): Promise<number> {
  const releasesUrl = deps.releasesUrl ?? env.CLOUDGATE_TRIVY_RELEASES_URL;
  const { report } = await runImagePipeline(
    {
      kind: 'scan',
      options: {
        targets: inputs.targets,
        settings: inputs.settings,
        trivyVersion: inputs.trivyVersion,
        dockerfiles: inputs.dockerfiles,
        baseImageUpdates: inputs.baseImageUpdates,
        log: (line) => io.log.info(line),
        env,
        ...(releasesUrl ? { releasesUrl } : {}),
        ...(deps.trivyLog ? { logStream: deps.trivyLog } : {}),
      },
    },
    {
      repoRoot: context.workspace,
      ...(inputs.configPath ? { configPath: inputs.configPath } : {}),
      ...(inputs.baselinePath ? { baselinePath: inputs.baselinePath } : {}),
    },
  );
  const gate = evaluateGate(report, { failOn: inputs.failOn, scope: inputs.scope });
  const { token } = inputs;
  const published = await publishReport(
    {
      report,
      gate,
      settings: {
        title: 'cloudgate image scan',
        comment: inputs.comment,
        sarifUpload: inputs.sarifUpload,
        category: inputs.category,
        maxComments: inputs.maxComments,
        waitForProcessingSeconds: inputs.waitForProcessingSeconds,
        outputDir: inputs.outputDir,
        commitStatus: false,
      },
      target: publishTarget(context),
    },
    {
      io,
      ...(token
        ? {
            client: createGitHubClient({
              token,
              apiUrl: context.apiUrl,
              log: io.log,
              ...(deps.pace === false ? { pace: false } : {}),
            }),
          }
        : {}),
      git: createGitRunner(context.workspace, env),
      fileLines: repoFiles(context.workspace).lines,
    },
  );
  const groups = groupByPackage(report.findings);
  if (groups.reduce((sum, group) => sum + group.total, 0) > GROUP_ABOVE)
    io.appendSummary(`${renderPackageGroups(groups)}\n`);
  io.setOutput('findings', String(report.findings.filter((finding) => !finding.suppression).length));
  io.setOutput('blocking', String(gate.blocking.length));
  io.setOutput('passed', String(gate.passed));
  io.setOutput('sarif-file', published.sarifFile);
  io.setOutput('report-file', published.reportFile);
  const verdict = describeGate(gate);
  if (gate.passed) io.log.info(verdict);
  else io.setFailed(verdict);
  return gate.passed ? 0 : 1;
}

function publishTarget(context: GitHubContext): PublishTarget {
  const pull = context.pullRequest;
  const { owner, repo } = context.repository;
  return {
    owner,
    repo,
    commitSha: context.sha,
    ref: context.ref,
    ...(pull ? { pullRequest: { number: pull.number, headSha: pull.headSha, baseSha: pull.baseSha } } : {}),
    ...(tokenIsReadOnly(context)
      ? { readOnlyReason: 'This pull request comes from a fork, so its token is read-only' }
      : {}),
    runUrl: runUrl(context),
    repositoryUrl: `${context.serverUrl}/${owner}/${repo}`,
  };
}
