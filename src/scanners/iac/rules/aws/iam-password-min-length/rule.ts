import { prop, readNumber } from '../../../aws/aws-resource';
import type { Resource } from '../../../model/resource';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-iam-password-min-length',
    title: 'IAM password policy allows passwords shorter than 14 characters',
    severity: 'medium',
    description:
      'Short passwords fall to guessing and cracking far sooner. The CIS benchmark asks for at least 14 characters for IAM user console passwords.',
    remediation: 'Set `minimum_password_length = 14` (or more) on `aws_iam_account_password_policy`.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'cis-aws-3.0': ['1.8'],
      'nist-800-53-r5': ['IA-5(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.3.6'],
      'hipaa-security-rule': ['164.308(a)(5)(ii)(D)'],
    },
    aliases: ['CKV_AWS_10', 'AVD-AWS-0063', 'aws-iam-set-minimum-password-length'],
  },
  check: (model) => model.ofType('aws_iam_account_password_policy').flatMap(check),
};

function check(policy: Resource) {
  const length = prop(policy, 'minimum_password_length');
  const value = readNumber(length.node);
  if (value === 'unknown' || (typeof value === 'number' && value >= 14)) return [];
  return [
    flag(
      policy,
      length.node,
      value === undefined
        ? `${policy.address} does not set minimum_password_length (AWS defaults to 8)`
        : `minimum_password_length is ${value} in ${policy.address}, below 14`,
    ),
  ];
}

export default rule;
