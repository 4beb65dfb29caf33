import type { Violation } from '../../../../../core/engine';
import { at, label, properties } from '../../../aws/aws-resource';
import { flag, type IacRule } from '../../../model/violation';

/** Where a policy is given straight to a user, and the argument or property that does it. */
const DIRECT_GRANTS: { type: string; path: string; what: string }[] = [
  { type: 'aws_iam_user_policy', path: 'user', what: 'an inline policy' },
  { type: 'aws_iam_user_policy_attachment', path: 'user', what: 'a managed policy' },
  { type: 'aws_iam_policy_attachment', path: 'users', what: 'a managed policy' },
  { type: 'AWS::IAM::User', path: 'Policies', what: 'inline policies' },
  { type: 'AWS::IAM::User', path: 'ManagedPolicyArns', what: 'managed policies' },
  { type: 'AWS::IAM::Policy', path: 'Users', what: 'a policy' },
  { type: 'AWS::IAM::ManagedPolicy', path: 'Users', what: 'a managed policy' },
  { type: 'AWS::IAM::UserPolicy', path: 'UserName', what: 'an inline policy' },
];

const rule: IacRule = {
  meta: {
    id: 'aws-iam-user-policy',
    title: 'IAM policy is granted directly to a user',
    severity: 'low',
    description:
      'Permissions attached to individual users pile up unnoticed and survive role changes. Granting them through groups (or better, roles assumed through federation) keeps access reviewable: one place per job function.',
    remediation:
      'Attach the policy to a group and add the user to it, or move the user to federated access with roles.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'cis-aws-3.0': ['1.15'],
      'nist-800-53-r5': ['AC-2', 'AC-6'],
      'soc2-2017': ['CC6.2', 'CC6.3'],
      'pci-dss-4.0': ['7.2.1'],
    },
    aliases: ['CKV_AWS_40', 'AVD-AWS-0143', 'aws-iam-no-user-attached-policies'],
  },
  check(model) {
    const violations: Violation[] = [];
    for (const { type, path, what } of DIRECT_GRANTS) {
      for (const resource of model.ofType(type)) {
        const node = at(properties(resource), path);
        if (!node || (node.kind === 'list' && node.items.length === 0)) continue;
        violations.push(
          flag(
            resource,
            node,
            `${label(resource)} grants ${what} directly to a user through ${path}; use a group`,
          ),
        );
      }
    }
    return violations;
  },
};

export default rule;
