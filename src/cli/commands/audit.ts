import type { Command } from '../command';

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
  // Loaded on demand: the audit command's dependencies would slow every other command's start.
  run: async (argv) => (await import('./audit-run')).runAudit(argv),
};
