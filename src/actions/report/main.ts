import path from 'node:path';
import { readGitHubContext } from '../../core/github/context';
import { gateAndPublish } from '../../core/github/gate-and-publish';
import { createGitRunner, type GitRunner } from '../../core/github/git';
import {
  agreedPullRequest,
  mergedBaseFingerprints,
  readArtifactReports,
} from '../../core/github/report-artifacts';
import { readReportingInputs } from '../../core/github/reporting-inputs';
import { createRunnerIO, type Env, type RunnerIO } from '../../core/github/runner-io';
import { verifyClaimedPull } from '../../core/github/workflow-run-pull';
import { workspaceLines } from '../../core/github/workspace-files';
import { getRequiredInput } from '../../core/inputs';
import { mergeReports } from '../../core/merge-reports';
import { runAction } from '../../core/run-action';

/** The report action: merge the reports other jobs saved, then gate and publish them once. */
export function run(env: Env = process.env, io: RunnerIO = createRunnerIO(env)): Promise<number> {
  return runAction(io, async () => {
    const inputs = readReportingInputs(env, { category: 'cloudgate' });
    const context = readGitHubContext(env);
    const artifacts = readArtifactReports(
      path.resolve(context.workspace, getRequiredInput(env, 'reports-path')),
    );
    io.log.info(
      `Merging ${artifacts.length} report${artifacts.length === 1 ? '' : 's'}: ${artifacts.map((a) => a.source).join(', ')}`,
    );
    const report = mergeReports(artifacts.map((artifact) => artifact.report));
    const claimed = agreedPullRequest(artifacts, `${context.repository.owner}/${context.repository.repo}`);
    const verified = await verifyClaimedPull(context, claimed, inputs.token, io.log);
    const base = mergedBaseFingerprints(artifacts);
    const git = createGitRunner(context.workspace, env);
    // The pull request's head, or its merge commit as a pull_request run checks it out.
    const checkouts = [
      verified.pull?.headSha ?? context.pullRequest?.headSha,
      context.pullRequest ? context.sha : undefined,
    ];
    const { gate } = await gateAndPublish({
      report,
      inputs,
      context,
      io,
      title: 'cloudgate',
      ...(base ? { baseFingerprints: base } : {}),
      ...(verified.pull ? { pullRequest: verified.pull, commitStatus: true } : {}),
      ...(verified.skip ? { skipPublishing: verified.skip } : {}),
      git,
      // Suggestions quote the pull request's lines: only when the checkout is at its head.
      ...((await checkoutIsAt(git, checkouts)) ? { fileLines: workspaceLines(context.workspace) } : {}),
    });
    return { gate };
  });
}

async function checkoutIsAt(git: GitRunner, commits: (string | undefined)[]): Promise<boolean> {
  const head = await git(['rev-parse', 'HEAD']);
  return head.code === 0 && commits.includes(head.stdout.trim());
}
