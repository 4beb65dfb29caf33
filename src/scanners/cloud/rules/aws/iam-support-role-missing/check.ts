import { accountResource, type AccountAuditRule } from '../../../engine/audit-rule';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-support-role-missing',
    title: 'No IAM role or group can manage AWS Support cases',
    severity: 'low',
    description:
      'During an incident someone must be able to open and follow AWS Support cases. When no role holds the AWSSupportAccess policy, that falls to the root user or to over-privileged administrators.',
    remediation:
      'Create a role (or group) for incident responders and attach the AWS managed policy AWSSupportAccess to it.',
    links: [
      'https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html',
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSSupportAccess.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: { 'cis-aws-4.0.1': ['1.17'], 'soc2-2017': ['CC7.4'], 'nist-800-53-r5': ['IR-7'] },
    aliases: ['iam_support_role_created'],
  },
  scope: 'account',
  needs: ['iam.supportAccessEntities'],
  check(context) {
    const entities = context.get('iam.supportAccessEntities');
    if (!entities || entities.roles.length + entities.groups.length + entities.users.length > 0) return [];
    return [
      context.flag(
        accountResource(context.account),
        `Nothing in account ${context.account} has the AWSSupportAccess policy attached.`,
      ),
    ];
  },
};

export default rule;
