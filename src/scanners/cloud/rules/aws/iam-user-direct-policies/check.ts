import type { AccountAuditRule } from '../../../engine/audit-rule';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-user-direct-policies',
    title: 'IAM user has policies attached directly',
    severity: 'low',
    description:
      'Permissions granted user by user drift apart and are hard to review or revoke. Granting them through groups (or roles) keeps one place to see and change who can do what.',
    remediation:
      'Put the user in a group that carries the permissions, then detach the managed policies from the user and delete its inline policies.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions',
      'https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'cis-aws-4.0.1': ['1.15'],
      'nist-800-53-r5': ['AC-2', 'AC-6'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1', '7.2.2'],
    },
    aliases: ['iam_policy_attached_only_to_group_or_roles'],
  },
  scope: 'account',
  needs: ['iam.authorization'],
  check(context) {
    const users = context.get('iam.authorization')?.users ?? [];
    return users.flatMap((user) => {
      const names = [
        ...user.attachedPolicies.map((policy) => policy.name),
        ...user.inlinePolicies.map((policy) => `${policy.name} (inline)`),
      ];
      if (names.length === 0) return [];
      return [context.flag(user.arn, `IAM user ${user.name} has policies of its own: ${names.join(', ')}.`)];
    });
  },
};

export default rule;
