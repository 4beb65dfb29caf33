import { readGitHubContext } from '../../core/github/context';
import { gateAndPublish } from '../../core/github/gate-and-publish';
import { readReportingInputs } from '../../core/github/reporting-inputs';
import { writeRunContext } from '../../core/github/run-context';
import { createRunnerIO, type Env, type RunnerIO } from '../../core/github/runner-io';
import { runAction } from '../../core/run-action';
import { auditAws } from '../../scanners/cloud/aws/audit-aws';
import { describeAuditRun } from '../../scanners/cloud/aws/audit-summary';
import { renderComplianceSummary } from '../../scanners/cloud/aws/compliance-summary';
import { sessionName } from '../../scanners/cloud/credentials/aws-assume-role';
import { awsOidcCredentials } from '../../scanners/cloud/credentials/aws-oidc';
import { readCloudAuditInputs } from './inputs';

/** The cloud-audit action: OIDC credentials -> live AWS audit -> review, summary, SARIF -> gate. */
export function run(env: Env = process.env, io: RunnerIO = createRunnerIO(env)): Promise<number> {
  return runAction(io, async () => {
    const inputs = readReportingInputs(env, { category: 'cloudgate-cloud-audit' });
    const audit = readCloudAuditInputs(env);
    const context = readGitHubContext(env);
    if (context.eventName === 'pull_request_target') {
      io.log.warning(
        'This run is a pull_request_target: its OIDC token looks like one of the base branch. Scope the audit role to an environment with required reviewers.',
      );
    }
    const endpoint = env.CLOUDGATE_AWS_ENDPOINT_URL;
    const connection = endpoint ? { endpoint } : {};
    const credentials = awsOidcCredentials({
      roleArn: audit.roleToAssume,
      audience: audit.audience,
      region: audit.homeRegion,
      sessionName: sessionName(['cloudgate', context.runId, context.runAttempt]),
      durationSeconds: audit.durationSeconds,
      env,
      mask: (secret) => io.mask(secret),
      connection,
    });
    const result = await io
      .group('Auditing AWS', () =>
        auditAws({
          credentials,
          homeRegion: audit.homeRegion,
          regions: audit.regions,
          accounts: audit.accounts,
          rules: audit.rules,
          connection,
          mask: (secret) => io.mask(secret),
          log: (message) => io.log.info(message),
          sessionName: sessionName(['cloudgate', context.runId, context.runAttempt]),
          ...(audit.organizationRole ? { organizationRole: audit.organizationRole } : {}),
          ...(audit.shard ? { shard: audit.shard } : {}),
        }),
      )
      .finally(() => credentials.close());
    io.log.info(describeAuditRun(result));
    const { gate } = await gateAndPublish({
      report: result.report,
      inputs,
      context,
      io,
      title: 'cloudgate: AWS account audit',
      ...(audit.shard
        ? {
            skipPublishing: `Shard ${audit.shardText}: the report action publishes the merged results of all shards.`,
          }
        : {}),
    });
    io.appendSummary(renderComplianceSummary(result.coverage, audit.rules, audit.frameworks));
    const pull = context.pullRequest;
    writeRunContext(inputs.outputDir, {
      repository: `${context.repository.owner}/${context.repository.repo}`,
      ...(pull ? { pullRequest: { number: pull.number, headSha: pull.headSha, baseSha: pull.baseSha } } : {}),
    });
    return { gate };
  });
}
