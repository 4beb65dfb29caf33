import { UserError } from '../../core/errors';
import type { Env } from '../../core/github/runner-io';
import { getInput, getIntegerInput, getListInput, getRequiredInput } from '../../core/inputs';
import { parseAccounts, parseRegions } from '../../scanners/cloud/aws/select-checks';
import { selectAuditRules } from '../../scanners/cloud/engine/select-checks';
import { CLOUD_AUDIT_DOCS, DEFAULT_AUDIENCE } from '../../scanners/cloud/credentials/aws-oidc';
import type { AuditRule } from '../../scanners/cloud/engine/audit-rule';
import { AWS_AUDIT_RULES } from '../../scanners/cloud/rules/aws/index';

export interface AwsInputs {
  provider: 'aws';
  roleToAssume: string;
  audience: string;
  homeRegion: string;
  regions: readonly string[] | 'all-enabled';
  accounts: string[];
  organizationRole?: string;
  rules: AuditRule[];
  durationSeconds: number;
}

const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

export function readAwsInputs(env: Env, checks: string[], skipChecks: string[]): AwsInputs {
  const roleToAssume = getRequiredInput(env, 'role-to-assume');
  if (!ROLE_ARN.test(roleToAssume)) {
    throw new UserError(
      `role-to-assume "${roleToAssume.slice(0, 80)}" is not an IAM role ARN`,
      'Write it as arn:aws:iam::<account id>:role/<name>.',
      CLOUD_AUDIT_DOCS,
    );
  }
  const organizationRole = getInput(env, 'organization-role');
  return {
    provider: 'aws',
    roleToAssume,
    audience: getInput(env, 'audience') || DEFAULT_AUDIENCE,
    homeRegion: getInput(env, 'aws-region') || 'us-east-1',
    regions: parseRegions(getListInput(env, 'regions')),
    accounts: parseAccounts(getListInput(env, 'accounts')),
    ...(organizationRole ? { organizationRole } : {}),
    rules: selectAuditRules(AWS_AUDIT_RULES, checks, skipChecks),
    durationSeconds: getIntegerInput(env, 'role-duration-seconds', { min: 900, max: 43_200, fallback: 3600 }),
  };
}
