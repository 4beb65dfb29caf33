import type { AccountAuditRule } from '../../../engine/audit-rule';
import { documentGrantsFullAdmin } from '../shared/admin-policy';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-inline-policy-full-admin',
    title: 'Inline policy allows every action on every resource',
    severity: 'critical',
    description:
      'An inline policy with "Action": "*" on "Resource": "*" makes its user, group or role a full administrator, hidden from the list of managed policies where reviewers usually look.',
    remediation:
      'Narrow the inline policy to the actions and resources needed, or delete it and attach a reviewed managed policy instead.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
      'https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1', '7.2.2'],
      'hipaa-security-rule': ['164.308(a)(3)(i)', '164.308(a)(4)(i)', '164.312(a)(1)'],
    },
    aliases: ['iam_inline_policy_no_administrative_privileges'],
  },
  scope: 'account',
  needs: ['iam.authorization'],
  check(context) {
    const authorization = context.get('iam.authorization');
    if (!authorization) return [];
    const principals = [...authorization.users, ...authorization.groups, ...authorization.roles];
    return principals.flatMap((principal) =>
      principal.inlinePolicies
        .filter((policy) => documentGrantsFullAdmin(policy.document))
        .map((policy) =>
          context.flag(
            principal.arn,
            `The inline policy ${policy.name} of IAM ${principal.kind} ${principal.name} allows "*" on "*".`,
            {
              properties: { policy: policy.name },
            },
          ),
        ),
    );
  },
};

export default rule;
