import { prop, readBool } from '../../../aws/aws-resource';
import type { Resource } from '../../../model/resource';
import { flag, type IacRule } from '../../../model/violation';

const CLASSES = [
  'require_lowercase_characters',
  'require_uppercase_characters',
  'require_numbers',
  'require_symbols',
];

const rule: IacRule = {
  meta: {
    id: 'aws-iam-password-complexity',
    title: 'IAM password policy does not require every character class',
    severity: 'medium',
    description:
      'Passwords drawn only from lower-case letters or digits are far easier to guess. Requiring upper and lower case, numbers and symbols widens the search space of every password of the account.',
    remediation:
      'Set `require_lowercase_characters`, `require_uppercase_characters`, `require_numbers` and `require_symbols` to true on `aws_iam_account_password_policy`.',
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
      'pci-dss-4.0': ['8.3.6'],
      'hipaa-security-rule': ['164.308(a)(5)(ii)(D)'],
    },
    aliases: [
      'CKV_AWS_11',
      'CKV_AWS_12',
      'CKV_AWS_14',
      'CKV_AWS_15',
      'AVD-AWS-0058',
      'AVD-AWS-0059',
      'AVD-AWS-0060',
      'AVD-AWS-0061',
      'aws-iam-require-lowercase-in-passwords',
      'aws-iam-require-numbers-in-passwords',
      'aws-iam-require-symbols-in-passwords',
      'aws-iam-require-uppercase-in-passwords',
    ],
  },
  check: (model) => model.ofType('aws_iam_account_password_policy').flatMap(check),
};

function check(policy: Resource) {
  const settings = CLASSES.map((name) => prop(policy, name));
  const off = settings.filter((setting) => readBool(setting.node) === false);
  const unset = settings.filter((setting) => readBool(setting.node) === undefined);
  const violations = off.map((setting) =>
    flag(policy, setting.node, `${setting.name} is false in ${policy.address}`),
  );
  if (unset.length > 0)
    violations.push(
      flag(
        policy,
        undefined,
        `${policy.address} does not set ${unset.map((setting) => setting.name).join(', ')} (off by default)`,
      ),
    );
  return violations;
}

export default rule;
