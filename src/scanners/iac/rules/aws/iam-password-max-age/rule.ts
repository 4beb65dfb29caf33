import { prop, readNumber } from '../../../aws/aws-resource';
import type { Resource } from '../../../model/resource';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-iam-password-max-age',
    title: 'IAM passwords never expire or expire after more than 90 days',
    severity: 'low',
    description:
      'A password that never changes stays useful to whoever obtained it. Many compliance programs (PCI DSS among them) still require a change at least every 90 days for passwords used without MFA.',
    remediation:
      'Set `max_password_age = 90` (or less) on `aws_iam_account_password_policy`, and require MFA so the password alone is not enough.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_account_password_policy',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['IA-5(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.3.9'],
      'hipaa-security-rule': ['164.308(a)(5)(ii)(D)'],
    },
    aliases: ['CKV_AWS_9', 'AVD-AWS-0062', 'aws-iam-set-max-password-age'],
  },
  check: (model) => model.ofType('aws_iam_account_password_policy').flatMap(check),
};

function check(policy: Resource) {
  const age = prop(policy, 'max_password_age');
  const value = readNumber(age.node);
  if (value === 'unknown' || (typeof value === 'number' && value > 0 && value <= 90)) return [];
  return [
    flag(
      policy,
      age.node,
      value === undefined
        ? `${policy.address} does not set max_password_age: passwords never expire`
        : `max_password_age is ${value} days in ${policy.address}, more than 90`,
    ),
  ];
}

export default rule;
