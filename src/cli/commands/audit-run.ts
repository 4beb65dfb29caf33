import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors';
import { parseShard } from '../../pipeline/shard';
import { auditAws } from '../../scanners/cloud/aws/audit-aws';
import { describeAuditRun } from '../../scanners/cloud/aws/audit-summary';
import { parseAccounts, parseRegions, selectAuditRules } from '../../scanners/cloud/aws/select-checks';
import { AWS_AUDIT_RULES } from '../../scanners/cloud/rules/aws/index';
import { emitReport, failOnOption, parseFormat } from '../report-output';

/** The audit command's work, loaded only when the command runs. */
export async function runAudit(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      regions: { type: 'string', multiple: true },
      checks: { type: 'string', multiple: true },
      'skip-checks': { type: 'string', multiple: true },
      'organization-role': { type: 'string' },
      accounts: { type: 'string', multiple: true },
      profile: { type: 'string' },
      'home-region': { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      'fail-on': { type: 'string' },
      shard: { type: 'string' },
      category: { type: 'string' },
    },
  });
  if (positionals[0] !== 'aws' || positionals.length > 1) {
    throw new UserError(
      `cloudgate audit needs a provider: "aws"${positionals[0] ? `, not "${positionals.join(' ')}"` : ''}`,
      'Run cloudgate audit aws --help.',
    );
  }
  const format = parseFormat(values.format);
  const list = (entries: string[] | undefined) => (entries ?? []).flatMap((entry) => entry.split(','));
  const endpoint = process.env.CLOUDGATE_AWS_ENDPOINT_URL;
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
    log: (message) => process.stderr.write(`${message}\n`),
  });
  process.stderr.write(`${describeAuditRun(result)}\n`);
  return emitReport(result.report, {
    format,
    output: values.output,
    failOn: failOnOption(values['fail-on'], undefined),
    category: values.category ?? 'cloudgate-cloud-audit',
  });
}
