import { FRAMEWORKS, isFrameworkId, type FrameworkId } from '../../compliance/frameworks';
import { UserError } from '../../core/errors';
import type { Env } from '../../core/github/runner-io';
import { getChoiceInput, getInput, getListInput } from '../../core/inputs';
import { parseShard, type Shard } from '../../pipeline/shard';
import { CLOUD_AUDIT_DOCS } from '../../scanners/cloud/credentials/github-id-token';
import { readAwsInputs, type AwsInputs } from './inputs-aws';
import { readAzureInputs, type AzureInputs } from './inputs-azure';
import { readGcpInputs, type GcpInputs } from './inputs-gcp';

export interface CommonAuditInputs {
  /** Frameworks of the compliance table in the job summary. */
  frameworks: FrameworkId[];
  shardText: string;
  shard?: Shard;
  /** A Terraform project whose declarations are compared with the live resources (drift). */
  iacPath: string;
  /** `terraform show -json` of the project's state or plan, for exact identities. */
  terraformState: string;
}

export type CloudAuditInputs = CommonAuditInputs & (AwsInputs | AzureInputs | GcpInputs);

const DEFAULT_FRAMEWORK: Record<CloudAuditInputs['provider'], FrameworkId> = {
  aws: 'cis-aws-4.0.1',
  azure: 'cis-azure-3.0',
  gcp: 'cis-gcp-3.0',
};

/** The audit's own inputs (the reporting inputs are read by readReportingInputs). */
export function readCloudAuditInputs(env: Env): CloudAuditInputs {
  const provider = getChoiceInput(env, 'provider', ['aws', 'azure', 'gcp'] as const, 'aws');
  const frameworks = readFrameworks(env);
  const checks = getListInput(env, 'checks');
  const skipChecks = getListInput(env, 'skip-checks');
  const specific =
    provider === 'aws'
      ? readAwsInputs(env, checks, skipChecks)
      : provider === 'azure'
        ? readAzureInputs(env, checks, skipChecks)
        : readGcpInputs(env, checks, skipChecks);
  const mapped = (meta: { compliance: Partial<Record<FrameworkId, string[]>> }) =>
    frameworks.length === 0 || frameworks.some((framework) => (meta.compliance[framework]?.length ?? 0) > 0);
  const shardText = getInput(env, 'shard');
  const iacPath = getInput(env, 'iac-path');
  const terraformState = getInput(env, 'terraform-state');
  if (terraformState && !iacPath) {
    throw new UserError(
      'terraform-state is set without iac-path',
      'Set iac-path to the Terraform project folder the state belongs to: drift compares its declarations with the live resources.',
      CLOUD_AUDIT_DOCS,
    );
  }
  return {
    ...specific,
    rules: specific.rules.filter((rule) => mapped(rule.meta)),
    frameworks: frameworks.length > 0 ? frameworks : [DEFAULT_FRAMEWORK[provider]],
    shardText,
    ...(shardText ? { shard: parseShard(shardText) } : {}),
    iacPath,
    terraformState,
  } as CloudAuditInputs;
}

function readFrameworks(env: Env): FrameworkId[] {
  const frameworks = getListInput(env, 'frameworks');
  for (const framework of frameworks) {
    if (!isFrameworkId(framework)) {
      throw new UserError(
        `frameworks: "${framework.slice(0, 60)}" is not a framework cloudgate knows`,
        `Use ids such as ${Object.keys(FRAMEWORKS).join(', ')}.`,
        CLOUD_AUDIT_DOCS,
      );
    }
  }
  return frameworks as FrameworkId[];
}
