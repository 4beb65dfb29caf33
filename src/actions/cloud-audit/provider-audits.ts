import path from 'node:path';
import type { GitHubContext } from '../../core/github/context';
import type { Env, RunnerIO } from '../../core/github/runner-io';
import type { Report } from '../../core/report';
import { auditAws } from '../../scanners/cloud/aws/audit-aws';
import { describeAuditRun } from '../../scanners/cloud/aws/audit-summary';
import {
  AWS_LABELS,
  type CoverageRow,
  type SummaryLabels,
} from '../../scanners/cloud/engine/compliance-summary';
import { auditAzure } from '../../scanners/cloud/azure/audit-azure';
import { azureOidcCredential } from '../../scanners/cloud/azure/azure-credential';
import { sessionName } from '../../scanners/cloud/credentials/aws-assume-role';
import { awsOidcCredentials } from '../../scanners/cloud/credentials/aws-oidc';
import { readDeclaredInfrastructure } from '../../scanners/cloud/drift/index';
import type { ScopeAuditResult } from '../../scanners/cloud/engine/audit-scopes';
import { describeScopeAuditRun } from '../../scanners/cloud/engine/scope-summary';
import { auditGcp } from '../../scanners/cloud/gcp/audit-gcp';
import { gcpOidcCredential } from '../../scanners/cloud/gcp/gcp-credential';
import type { CloudAuditInputs } from './inputs';
import type { AwsInputs } from './inputs-aws';
import type { AzureInputs } from './inputs-azure';
import type { GcpInputs } from './inputs-gcp';

/** What every provider's audit hands to reporting. */
export interface ProviderAudit {
  report: Report;
  coverage: CoverageRow[];
  /** One line for the log. */
  line: string;
  title: string;
  labels: SummaryLabels;
}

interface RunSettings {
  env: Env;
  io: RunnerIO;
  context: GitHubContext;
}

export function runProviderAudit(audit: CloudAuditInputs, settings: RunSettings): Promise<ProviderAudit> {
  switch (audit.provider) {
    case 'aws':
      return runAws(audit, settings);
    case 'azure':
      return runAzure(audit, settings);
    case 'gcp':
      return runGcp(audit, settings);
  }
}

async function runAws(
  audit: CloudAuditInputs & AwsInputs,
  { env, io, context }: RunSettings,
): Promise<ProviderAudit> {
  const endpoint = env.CLOUDGATE_AWS_ENDPOINT_URL;
  const connection = endpoint ? { endpoint } : {};
  const name = sessionName(['cloudgate', context.runId, context.runAttempt]);
  const credentials = awsOidcCredentials({
    roleArn: audit.roleToAssume,
    audience: audit.audience,
    region: audit.homeRegion,
    sessionName: name,
    durationSeconds: audit.durationSeconds,
    env,
    mask: (secret) => io.mask(secret),
    connection,
  });
  const drift = declaredInfrastructure(audit, env);
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
        sessionName: name,
        ...(audit.organizationRole ? { organizationRole: audit.organizationRole } : {}),
        ...(audit.shard ? { shard: audit.shard } : {}),
        ...(drift ? { drift } : {}),
      }),
    )
    .finally(() => credentials.close());
  return {
    report: result.report,
    coverage: result.coverage,
    line: describeAuditRun(result),
    title: 'cloudgate: AWS account audit',
    labels: AWS_LABELS,
  };
}

async function runAzure(
  audit: CloudAuditInputs & AzureInputs,
  { env, io }: RunSettings,
): Promise<ProviderAudit> {
  const endpoint = env.CLOUDGATE_AZURE_ENDPOINT_URL;
  const connection = endpoint ? { endpoint } : {};
  const credential = azureOidcCredential({
    tenantId: audit.tenantId,
    clientId: audit.clientId,
    audience: audit.audience,
    env,
    connection,
  });
  const result = await io.group('Auditing Azure', () =>
    auditAzure({
      credential,
      subscriptionIds: audit.subscriptionIds,
      connection,
      ...scopeOptions(audit, env, io),
      rules: audit.rules,
    }),
  );
  return {
    ...scopeAudit(result, 'subscription'),
    title: 'cloudgate: Azure subscription audit',
    labels: { heading: 'Azure compliance by subscription', unit: 'Subscription' },
  };
}

async function runGcp(audit: CloudAuditInputs & GcpInputs, { env, io }: RunSettings): Promise<ProviderAudit> {
  const endpoint = env.CLOUDGATE_GCP_ENDPOINT_URL;
  const connection = endpoint ? { endpoint } : {};
  const credential = gcpOidcCredential({
    workloadIdentityProvider: audit.workloadIdentityProvider,
    ...(audit.serviceAccount ? { serviceAccount: audit.serviceAccount } : {}),
    ...(audit.audience ? { audience: audit.audience } : {}),
    env,
    connection,
  });
  const result = await io.group('Auditing Google Cloud', () =>
    auditGcp({
      credential,
      projectIds: audit.projectIds,
      connection,
      ...scopeOptions(audit, env, io),
      rules: audit.rules,
    }),
  );
  return {
    ...scopeAudit(result, 'project'),
    title: 'cloudgate: Google Cloud project audit',
    labels: { heading: 'Google Cloud compliance by project', unit: 'Project' },
  };
}

/** What the Azure and Google Cloud audits take alike: the log, the shard and the project to compare. */
function scopeOptions(audit: CloudAuditInputs, env: Env, io: RunnerIO) {
  const drift = declaredInfrastructure(audit, env);
  return {
    log: (message: string) => io.log.info(message),
    ...(audit.shard ? { shard: audit.shard } : {}),
    ...(drift ? { drift } : {}),
  };
}

/** The Terraform project (and state) whose declarations drift compares with the provider's resources. */
function declaredInfrastructure(audit: CloudAuditInputs, env: Env) {
  if (!audit.iacPath) return undefined;
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  return readDeclaredInfrastructure({
    iacPath: path.resolve(workspace, audit.iacPath),
    root: workspace,
    platform: audit.provider,
    ...(audit.terraformState ? { statePath: path.resolve(workspace, audit.terraformState) } : {}),
  });
}

function scopeAudit(result: ScopeAuditResult, unit: 'subscription' | 'project') {
  return {
    report: result.report,
    coverage: result.coverage.map((entry): CoverageRow => ({
      account: entry.name && entry.name !== entry.scope ? `${entry.scope} (${entry.name})` : entry.scope,
      regions: [],
      outcomes: entry.outcomes,
      ...(entry.failure ? { failure: entry.failure } : {}),
    })),
    line: describeScopeAuditRun(result, unit),
  };
}
