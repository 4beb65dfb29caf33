import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors';
import { parseShard } from '../../pipeline/shard';
import { auditAws } from '../../scanners/cloud/aws/audit-aws';
import { describeAuditRun } from '../../scanners/cloud/aws/audit-summary';
import { parseAccounts, parseRegions, selectAuditRules } from '../../scanners/cloud/aws/select-checks';
import { AWS_AUDIT_RULES } from '../../scanners/cloud/rules/aws/index';
import type { Command } from '../command';
import { emitReport, failOnOption, parseFormat } from '../report-output';

const usage = `Usage: cloudgate audit aws [options]

Audits a live AWS account, or the accounts of an AWS Organization, read-only: the CIS AWS Foundations
Benchmark v4.0.1 and more. Credentials come from the standard AWS chain (environment variables, profile,
SSO session, container or instance role); the SecurityAudit managed policy covers every call.

Options:
  --regions <list|all-enabled>          regions to audit, comma-separated (default: all-enabled)
  --checks <ids>                        run only these checks (ids, or prefixes ending in *)
  --skip-checks <ids>                   leave these checks out
  --organization-role <name>            role to assume in each member account (e.g. cloudgate-audit)
  --accounts <ids>                      accounts to audit with --organization-role (default: every active account)
  --profile <name>                      a profile of the shared AWS config and credentials files
  --home-region <region>                region of STS, IAM and Organizations calls (default: AWS_REGION or us-east-1)
  --format <table|json|sarif|markdown>  output format (default: table)
  --output <file>                       write the report to a file instead of standard output
  --fail-on <severity|none>             exit 1 when a finding at or above it remains (default: high)
  --shard <i/n>                         audit only the i-th of n deterministic shards of the accounts and regions
  --category <name>                     SARIF category (default: cloudgate-cloud-audit)`;

export const auditCommand: Command = {
  name: 'audit',
  summary: 'audit a live cloud account (AWS) against the CIS benchmark and security best practice',
  usage,
  async run(argv) {
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
  },
};
