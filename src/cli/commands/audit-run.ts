import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors';
import type { Report } from '../../core/report';
import { applyAuditConfig } from '../../pipeline/audit-config';
import { parseShard } from '../../pipeline/shard';
import { auditAws } from '../../scanners/cloud/aws/audit-aws';
import { describeAuditRun } from '../../scanners/cloud/aws/audit-summary';
import { parseAccounts, parseRegions } from '../../scanners/cloud/aws/select-checks';
import { selectAuditRules } from '../../scanners/cloud/engine/select-checks';
import { auditAzure } from '../../scanners/cloud/azure/audit-azure';
import { azureDefaultCredential } from '../../scanners/cloud/azure/azure-credential';
import { readDeclaredInfrastructure } from '../../scanners/cloud/drift/index';
import { describeScopeAuditRun } from '../../scanners/cloud/engine/scope-summary';
import { auditGcp } from '../../scanners/cloud/gcp/audit-gcp';
import { gcpDefaultCredential } from '../../scanners/cloud/gcp/gcp-credential';
import { AWS_AUDIT_RULES } from '../../scanners/cloud/rules/aws/index';
import { AZURE_AUDIT_RULES } from '../../scanners/cloud/rules/azure/index';
import { GCP_AUDIT_RULES } from '../../scanners/cloud/rules/gcp/index';
import { emitReport, failOnOption, parseFormat } from '../report-output';

const OPTIONS = {
  regions: { type: 'string', multiple: true },
  checks: { type: 'string', multiple: true },
  'skip-checks': { type: 'string', multiple: true },
  'organization-role': { type: 'string' },
  accounts: { type: 'string', multiple: true },
  profile: { type: 'string' },
  'home-region': { type: 'string' },
  subscriptions: { type: 'string', multiple: true },
  projects: { type: 'string', multiple: true },
  'iac-path': { type: 'string' },
  'terraform-state': { type: 'string' },
  config: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  'fail-on': { type: 'string' },
  shard: { type: 'string' },
  category: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

const PROVIDERS = ['aws', 'azure', 'gcp'] as const;
type Provider = (typeof PROVIDERS)[number];

/** The audit command's work, loaded only when the command runs. */
export async function runAudit(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  const provider = positionals[0] as Provider | undefined;
  if (!provider || !PROVIDERS.includes(provider) || positionals.length > 1) {
    throw new UserError(
      `cloudgate audit needs a provider: "aws", "azure" or "gcp"${positionals[0] ? `, not "${positionals.join(' ')}"` : ''}`,
      'Run cloudgate audit --help.',
    );
  }
  rejectForeignOptions(provider, values);
  const format = parseFormat(values.format);
  const report = applyAuditConfig(await AUDITS[provider](values), {
    root: process.cwd(),
    ...(values.config ? { configPath: path.resolve(values.config) } : {}),
  });
  return emitReport(report, {
    format,
    output: values.output,
    failOn: failOnOption(values['fail-on'], undefined),
    category: values.category ?? 'cloudgate-cloud-audit',
  });
}

const list = (entries: readonly string[] | undefined) =>
  (entries ?? [])
    .flatMap((entry) => entry.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean);
const log = (message: string) => process.stderr.write(`${message}\n`);

const AUDITS: Record<Provider, (values: Values) => Promise<Report>> = {
  async aws(values) {
    const endpoint = process.env.CLOUDGATE_AWS_ENDPOINT_URL;
    const drift = declaredInfrastructure(values, 'aws');
    const result = await auditAws({
      credentials: fromNodeProviderChain(values.profile ? { profile: values.profile } : {}),
      homeRegion:
        values['home-region'] ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
      regions: parseRegions(list(values.regions)),
      accounts: parseAccounts(list(values.accounts)),
      rules: selectAuditRules(AWS_AUDIT_RULES, list(values.checks), list(values['skip-checks'])),
      ...(values['organization-role'] ? { organizationRole: values['organization-role'] } : {}),
      ...(values.shard ? { shard: parseShard(values.shard) } : {}),
      ...(endpoint ? { connection: { endpoint } } : {}),
      ...(drift ? { drift } : {}),
      log,
    });
    log(describeAuditRun(result));
    return result.report;
  },
  async azure(values) {
    const endpoint = process.env.CLOUDGATE_AZURE_ENDPOINT_URL;
    const connection = endpoint ? { endpoint } : {};
    const drift = declaredInfrastructure(values, 'azure');
    const result = await auditAzure({
      credential: azureDefaultCredential(connection),
      subscriptionIds: list(values.subscriptions),
      rules: selectAuditRules(
        AZURE_AUDIT_RULES,
        list(values.checks),
        list(values['skip-checks']),
        'azure-audit-',
      ),
      connection,
      ...(values.shard ? { shard: parseShard(values.shard) } : {}),
      ...(drift ? { drift } : {}),
      log,
    });
    log(describeScopeAuditRun(result, 'subscription'));
    return result.report;
  },
  async gcp(values) {
    const endpoint = process.env.CLOUDGATE_GCP_ENDPOINT_URL;
    const drift = declaredInfrastructure(values, 'gcp');
    const result = await auditGcp({
      credential: await gcpDefaultCredential(),
      projectIds: list(values.projects),
      rules: selectAuditRules(
        GCP_AUDIT_RULES,
        list(values.checks),
        list(values['skip-checks']),
        'gcp-audit-',
      ),
      ...(endpoint ? { connection: { endpoint } } : {}),
      ...(values.shard ? { shard: parseShard(values.shard) } : {}),
      ...(drift ? { drift } : {}),
      log,
    });
    log(describeScopeAuditRun(result, 'project'));
    return result.report;
  },
};

/** The Terraform project (and state) drift compares with the provider's resources, relative to the working directory. */
function declaredInfrastructure(values: Values, platform: Provider) {
  const iacPath = values['iac-path'];
  if (values['terraform-state'] && !iacPath)
    throw new UserError('--terraform-state needs --iac-path, the Terraform project the state belongs to');
  if (!iacPath) return undefined;
  return readDeclaredInfrastructure({
    iacPath: path.resolve(iacPath),
    root: process.cwd(),
    platform,
    ...(values['terraform-state'] ? { statePath: path.resolve(values['terraform-state']) } : {}),
  });
}

const ONLY: Partial<Record<keyof Values, Provider>> = {
  regions: 'aws',
  'organization-role': 'aws',
  accounts: 'aws',
  profile: 'aws',
  'home-region': 'aws',
  subscriptions: 'azure',
  projects: 'gcp',
};

/** An option of another provider is a mistake to report, not to ignore (--regions with azure audits everything). */
function rejectForeignOptions(provider: Provider, values: Values): void {
  for (const [option, owner] of Object.entries(ONLY)) {
    if (owner !== provider && values[option as keyof Values] !== undefined) {
      throw new UserError(
        `--${option} applies to cloudgate audit ${owner}, not ${provider}`,
        'Run cloudgate audit --help for the options of each provider.',
      );
    }
  }
}
