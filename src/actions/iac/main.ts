import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../../core/config';
import { readGitHubContext } from '../../core/github/context';
import { gateAndPublish } from '../../core/github/gate-and-publish';
import { createGitRunner } from '../../core/github/git';
import { readReportingInputs } from '../../core/github/reporting-inputs';
import { createRunnerIO, type Env, type RunnerIO } from '../../core/github/runner-io';
import { workspaceLines } from '../../core/github/workspace-files';
import { getInput, getListInput } from '../../core/inputs';
import { pullRequestBaseFingerprints } from '../../core/new-findings';
import { runAction } from '../../core/run-action';
import { runIacPipeline, type IacPipelineOptions } from '../../pipeline/iac-pipeline';
import { parseShard } from '../../pipeline/shard';

/** The IaC action: scan the checkout, gate, publish. Resolves to the exit code. */
export function run(env: Env = process.env, io: RunnerIO = createRunnerIO(env)): Promise<number> {
  return runAction(io, async () => {
    const inputs = readReportingInputs(env, { category: 'cloudgate-iac' });
    const context = readGitHubContext(env);
    const root = context.workspace;
    const shard = getInput(env, 'shard');
    const options: IacPipelineOptions = {
      root,
      paths: getListInput(env, 'path'),
      // Absolute, so that the scan of the merge base uses the pull request's configuration too.
      configPath:
        resolveIn(root, getInput(env, 'config')) ??
        CONFIG_FILE_NAMES.map((name) => path.join(root, name)).find(existsSync),
      baselinePath: resolveIn(root, getInput(env, 'baseline')),
      ...(shard ? { shard: parseShard(shard) } : {}),
    };
    const { report } = await io.group('Scanning infrastructure as code', async () => runIacPipeline(options));
    const git = createGitRunner(root, env);
    const base =
      inputs.scope === 'new'
        ? await pullRequestBaseFingerprints(context.pullRequest, {
            git,
            tempDir: env.RUNNER_TEMP || tmpdir(),
            scan: (baseRoot) => runIacPipeline({ ...options, root: baseRoot }).report,
            log: io.log,
          })
        : undefined;
    const { gate } = await gateAndPublish({
      report,
      inputs,
      context,
      io,
      title: 'cloudgate: infrastructure as code',
      ...(base ? { baseFingerprints: base } : {}),
      ...(shard
        ? { skipPublishing: `Shard ${shard}: the report action publishes the merged results of all shards.` }
        : {}),
      git,
      fileLines: workspaceLines(root),
    });
    return { gate };
  });
}

function resolveIn(root: string, value: string): string | undefined {
  return value ? path.resolve(root, value) : undefined;
}
