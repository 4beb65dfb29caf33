import { accountResource, type AccountAuditRule } from '../../../engine/audit-rule';

const REQUIREMENTS = [
  ['RequireUppercaseCharacters', 'an uppercase letter'],
  ['RequireLowercaseCharacters', 'a lowercase letter'],
  ['RequireNumbers', 'a number'],
  ['RequireSymbols', 'a symbol'],
] as const;

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-password-complexity',
    title: 'IAM password policy does not require mixed character types',
    severity: 'low',
    description:
      'PCI DSS asks for passwords that mix letters and numbers, and older CIS benchmarks asked for uppercase, lowercase, numbers and symbols. Without these rules users can pick passwords from a much smaller space.',
    remediation:
      'Turn on the uppercase, lowercase, number and symbol requirements of the account password policy (aws iam update-account-password-policy --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols, keeping the other settings).',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
      'https://docs.aws.amazon.com/IAM/latest/APIReference/API_PasswordPolicy.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['IA-5(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.3.6'],
      'hipaa-security-rule': ['164.308(a)(5)(ii)(D)'],
    },
    aliases: [
      'iam_password_policy_uppercase',
      'iam_password_policy_lowercase',
      'iam_password_policy_number',
      'iam_password_policy_symbol',
    ],
  },
  scope: 'account',
  needs: ['iam.passwordPolicy'],
  check(context) {
    const policy = context.get('iam.passwordPolicy');
    if (policy === undefined) return [];
    const missing = REQUIREMENTS.filter(([field]) => policy?.[field] !== true).map(([, text]) => text);
    if (missing.length === 0) return [];
    return [
      context.flag(
        accountResource(context.account),
        `The password policy of account ${context.account} does not require ${missing.join(', ')}.`,
      ),
    ];
  },
};

export default rule;
