import { prop, readNumber } from '../../../aws/aws-resource';
import type { Resource } from '../../../model/resource';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-iam-password-reuse',
    title: 'IAM password policy lets users reuse recent passwords',
    severity: 'medium',
    description:
      'Without reuse prevention a user forced to change a leaked password can set it back. The CIS benchmark asks to remember the last 24 passwords.',
    remediation: 'Set `password_reuse_prevention = 24` on `aws_iam_account_password_policy`.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'cis-aws-3.0': ['1.9'],
      'nist-800-53-r5': ['IA-5(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.3.6'],
      'hipaa-security-rule': ['164.308(a)(5)(ii)(D)'],
    },
    aliases: ['CKV_AWS_13', 'AVD-AWS-0056', 'aws-iam-no-password-reuse'],
  },
  check: (model) => model.ofType('aws_iam_account_password_policy').flatMap(check),
};

function check(policy: Resource) {
  const reuse = prop(policy, 'password_reuse_prevention');
  const value = readNumber(reuse.node);
  if (value === 'unknown' || (typeof value === 'number' && value >= 24)) return [];
  return [
    flag(
      policy,
      reuse.node,
      value === undefined
        ? `${policy.address} does not set password_reuse_prevention: old passwords can be reused`
        : `password_reuse_prevention is ${value} in ${policy.address}, below 24`,
    ),
  ];
}

export default rule;
