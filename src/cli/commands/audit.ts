import type { Command } from '../command';

const usage = `Usage: cloudgate audit <aws|azure|gcp> [options]

Audits live cloud resources read-only: AWS accounts (or the accounts of an AWS Organization) against the
CIS AWS Foundations Benchmark v4.0.1, Azure subscriptions against the CIS Microsoft Azure Foundations
Benchmark v3.0.0, Google Cloud projects against the CIS Google Cloud Platform Foundation Benchmark v3.0.0,
and more. Credentials come from each cloud's standard chain: for AWS environment variables, profile, SSO
or instance role (the SecurityAudit managed policy covers every call); for Azure environment variables,
workload identity, managed identity or "az login" (Reader and Security Reader); for Google Cloud
application default credentials (roles/viewer and roles/iam.securityReviewer).

Options for every provider:
  --checks <ids>                        run only these checks (ids, or prefixes ending in *)
  --skip-checks <ids>                   leave these checks out
  --format <table|json|sarif|markdown>  output format (default: table)
  --output <file>                       write the report to a file instead of standard output
  --fail-on <severity|none>             exit 1 when a finding at or above it remains (default: high)
  --shard <i/n>                         audit only the i-th of n deterministic shards
  --category <name>                     SARIF category (default: cloudgate-cloud-audit)
  --iac-path <dir>                      a Terraform project to compare with the live resources (drift)
  --terraform-state <file>              terraform show -json of its state or plan, to match by ids
  --config <file>                       configuration file (default: .cloudgate.yml in the working directory):
                                        disabled checks, severities, suppressions by check and resource

AWS:
  --regions <list|all-enabled>          regions to audit, comma-separated (default: all-enabled)
  --organization-role <name>            role to assume in each member account (e.g. cloudgate-audit)
  --accounts <ids>                      accounts to audit with --organization-role (default: every active account)
  --profile <name>                      a profile of the shared AWS config and credentials files
  --home-region <region>                region of STS, IAM and Organizations calls (default: AWS_REGION or us-east-1)

Azure:
  --subscriptions <ids>                 subscriptions to audit (default: every enabled one the identity can read)

Google Cloud:
  --projects <ids>                      projects to audit (default: every active one the identity can see)`;

export const auditCommand: Command = {
  name: 'audit',
  summary: 'audit live AWS accounts, Azure subscriptions or Google Cloud projects against the CIS benchmarks',
  usage,
  // Loaded on demand: the audit command's dependencies would slow every other command's start.
  run: async (argv) => (await import('./audit-run.js')).runAudit(argv),
};
