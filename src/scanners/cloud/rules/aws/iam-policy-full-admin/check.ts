import type { AccountAuditRule } from '../../../engine/audit-rule';
import { documentGrantsFullAdmin } from '../shared/admin-policy';

/** The AWS managed policy that grants "*" on "*". */
function administratorAccess(partition: string): string {
  return `arn:${partition}:iam::aws:policy/AdministratorAccess`;
}

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-policy-full-admin',
    title: 'Attached managed policy allows every action on every resource',
    severity: 'critical',
    description:
      'A policy with "Action": "*" on "Resource": "*" (a customer managed policy written that way, or the AWS managed AdministratorAccess) makes every user, group or role it is attached to a full administrator, including the power to grant itself anything and to turn off logging.',
    remediation:
      'Replace the statement with the actions and resources the principals actually need (IAM Access Analyzer can generate a policy from CloudTrail activity), or detach the policy.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      'https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'cis-aws-4.0.1': ['1.16'],
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1', '7.2.2'],
      'hipaa-security-rule': ['164.308(a)(3)(i)', '164.308(a)(4)(i)', '164.312(a)(1)'],
    },
    aliases: [
      'iam_customer_attached_policy_no_administrative_privileges',
      'iam_aws_attached_policy_no_administrative_privileges',
      'iam_policy_no_administrative_privileges',
    ],
  },
  scope: 'account',
  needs: ['iam.authorization'],
  check(context) {
    const authorization = context.get('iam.authorization');
    if (!authorization) return [];
    const customer = authorization.policies
      .filter((policy) => policy.attachmentCount > 0 && documentGrantsFullAdmin(policy.defaultDocument))
      .map((policy) =>
        context.flag(
          policy.arn,
          `Customer managed policy ${policy.name} allows "*" on "*" and is attached to ${policy.attachmentCount} principal(s).`,
        ),
      );
    const principals = [...authorization.users, ...authorization.groups, ...authorization.roles];
    const holders = principals.filter((principal) =>
      principal.attachedPolicies.some((policy) => policy.arn === administratorAccess(context.partition)),
    );
    if (holders.length === 0) return customer;
    const names = holders.map((principal) => `${principal.kind} ${principal.name}`).join(', ');
    return [
      ...customer,
      context.flag(
        administratorAccess(context.partition),
        `The AWS managed policy AdministratorAccess ("*" on "*") is attached to ${names}.`,
      ),
    ];
  },
};

export default rule;
