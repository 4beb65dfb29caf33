import path from 'node:path';
import { readGitHubContext, tokenIsReadOnly } from '../../core/github/context';
import { gateAndPublish } from '../../core/github/gate-and-publish';
import { readReportingInputs } from '../../core/github/reporting-inputs';
import { writeRunContext } from '../../core/github/run-context';
import { createRunnerIO, type Env, type RunnerIO } from '../../core/github/runner-io';
import { emptyReport } from '../../core/report';
import { getInput } from '../../core/inputs';
import { runAction } from '../../core/run-action';
import { applyAuditConfig } from '../../pipeline/audit-config';
import { renderComplianceSummary } from '../../scanners/cloud/engine/compliance-summary';
import { readCloudAuditInputs } from './inputs';
import { runProviderAudit, type ProviderAudit } from './provider-audits';

/** The cloud-audit action: OIDC credentials -> live AWS, Azure or GCP audit -> review, summary, SARIF -> gate. */
export function run(env: Env = process.env, io: RunnerIO = createRunnerIO(env)): Promise<number> {
  return runAction(io, async () => {
    const inputs = readReportingInputs(env, { category: 'cloudgate-cloud-audit' });
    const audit = readCloudAuditInputs(env);
    const context = readGitHubContext(env);
    if (context.eventName === 'pull_request_target') {
      io.log.warning(
        'This run is a pull_request_target: its OIDC token looks like one of the base branch. Scope the audit identity to an environment with required reviewers.',
      );
    }
    const skipped = !env.ACTIONS_ID_TOKEN_REQUEST_URL && tokenIsReadOnly(context);
    const result = skipped ? skippedAudit() : await runProviderAudit(audit, { env, io, context });
    io.log.info(result.line);
    const configPath = getInput(env, 'config');
    const report = applyAuditConfig(result.report, {
      root: context.workspace,
      ...(configPath ? { configPath: path.resolve(context.workspace, configPath) } : {}),
    });
    const { gate } = await gateAndPublish({
      report,
      inputs,
      context,
      io,
      title: result.title,
      ...(audit.shard
        ? {
            skipPublishing: `Shard ${audit.shardText}: the report action publishes the merged results of all shards.`,
          }
        : {}),
    });
    if (!skipped)
      io.appendSummary(
        renderComplianceSummary(result.coverage, audit.rules, audit.frameworks, result.labels),
      );
    const pull = context.pullRequest;
    writeRunContext(inputs.outputDir, {
      repository: `${context.repository.owner}/${context.repository.repo}`,
      ...(pull ? { pullRequest: { number: pull.number, headSha: pull.headSha, baseSha: pull.baseSha } } : {}),
    });
    return { gate };
  });
}

/** A pull request from a fork gets no OIDC token: the audit is skipped with a notice, not failed. */
function skippedAudit(): ProviderAudit {
  const report = emptyReport(['audit']);
  report.notices.push({
    kind: 'not-assessed',
    message:
      'The live audit was skipped: GitHub gives pull requests from forks no OIDC token. It runs on pushes, schedules and pull requests from branches of this repository.',
  });
  return {
    report,
    coverage: [],
    line: 'Skipped: no OIDC token in a pull request from a fork.',
    title: 'cloudgate: cloud audit',
    labels: { heading: 'cloud compliance', unit: 'Scope' },
  };
}
