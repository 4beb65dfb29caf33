import { FRAMEWORKS, isFrameworkId, type FrameworkId } from '../../compliance/frameworks';
import { UserError } from '../../core/errors';
import type { Env } from '../../core/github/runner-io';
import { getChoiceInput, getInput, getIntegerInput, getListInput, getRequiredInput } from '../../core/inputs';
import { parseShard, type Shard } from '../../pipeline/shard';
import { parseAccounts, parseRegions, selectAuditRules } from '../../scanners/cloud/aws/select-checks';
import type { AuditRule } from '../../scanners/cloud/engine/audit-rule';
import { CLOUD_AUDIT_DOCS, DEFAULT_AUDIENCE } from '../../scanners/cloud/credentials/aws-oidc';
import { AWS_AUDIT_RULES } from '../../scanners/cloud/rules/aws/index';

export interface CloudAuditInputs {
  provider: 'aws';
  roleToAssume: string;
  audience: string;
  homeRegion: string;
  regions: readonly string[] | 'all-enabled';
  accounts: string[];
  organizationRole?: string;
  rules: AuditRule[];
  /** Frameworks of the compliance table in the job summary. */
  frameworks: FrameworkId[];
  durationSeconds: number;
  shardText: string;
  shard?: Shard;
}

const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

/** The audit's own inputs (the reporting inputs are read by readReportingInputs). */
export function readCloudAuditInputs(env: Env): CloudAuditInputs {
  const provider = getChoiceInput(env, 'provider', ['aws'] as const, 'aws');
  const roleToAssume = getRequiredInput(env, 'role-to-assume');
  if (!ROLE_ARN.test(roleToAssume)) {
    throw new UserError(
      `role-to-assume "${roleToAssume.slice(0, 80)}" is not an IAM role ARN`,
      'Write it as arn:aws:iam::<account id>:role/<name>.',
      CLOUD_AUDIT_DOCS,
    );
  }
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
  const chosen = frameworks as FrameworkId[];
  const selected = selectAuditRules(
    AWS_AUDIT_RULES,
    getListInput(env, 'checks'),
    getListInput(env, 'skip-checks'),
  );
  const rules =
    chosen.length > 0
      ? selected.filter((rule) =>
          chosen.some((framework) => (rule.meta.compliance[framework]?.length ?? 0) > 0),
        )
      : selected;
  const organizationRole = getInput(env, 'organization-role');
  const shardText = getInput(env, 'shard');
  return {
    provider,
    roleToAssume,
    audience: getInput(env, 'audience') || DEFAULT_AUDIENCE,
    homeRegion: getInput(env, 'aws-region') || 'us-east-1',
    regions: parseRegions(getListInput(env, 'regions')),
    accounts: parseAccounts(getListInput(env, 'accounts')),
    ...(organizationRole ? { organizationRole } : {}),
    rules,
    frameworks: chosen.length > 0 ? chosen : ['cis-aws-4.0.1'],
    durationSeconds: getIntegerInput(env, 'role-duration-seconds', { min: 900, max: 43_200, fallback: 3600 }),
    shardText,
    ...(shardText ? { shard: parseShard(shardText) } : {}),
  };
}
