import type { AccountAuditRule } from '../../../engine/audit-rule';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-multiple-active-keys',
    title: 'IAM user has two active access keys',
    severity: 'medium',
    description:
      'A second key is meant for the short overlap of a rotation. Two keys kept active double the secrets to protect and usually mean one of them is forgotten somewhere.',
    remediation:
      'Find which key is in use (access_key_N_last_used in the credential report), deactivate the other one, and delete it when nothing breaks.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: { 'cis-aws-4.0.1': ['1.13'], 'soc2-2017': ['CC6.1'], 'nist-800-53-r5': ['IA-5'] },
    aliases: ['iam_user_two_active_access_key'],
  },
  scope: 'account',
  needs: ['iam.credentialReport'],
  check(context) {
    const users = context.get('iam.credentialReport')?.users ?? [];
    return users
      .filter((user) => !user.isRoot && user.keys.filter((key) => key.active).length > 1)
      .map((user) => context.flag(user.arn, `IAM user ${user.user} has both access keys active.`));
  },
};

export default rule;
