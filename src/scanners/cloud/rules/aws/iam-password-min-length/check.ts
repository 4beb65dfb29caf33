import { accountResource, type AccountAuditRule } from '../../../engine/audit-rule';

const MINIMUM = 14;

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-password-min-length',
    title: 'IAM password policy allows passwords shorter than 14 characters',
    severity: 'medium',
    description:
      'Short passwords fall quickly to guessing and cracking. Without an account password policy, IAM accepts passwords of 8 characters with no other requirement.',
    remediation: `Set the account password policy's minimum length to ${MINIMUM} or more (IAM > Account settings > Password policy, or aws iam update-account-password-policy --minimum-password-length ${MINIMUM}).`,
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
      'https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountPasswordPolicy.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'cis-aws-4.0.1': ['1.8'],
      'nist-800-53-r5': ['IA-5(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.3.6'],
      'hipaa-security-rule': ['164.308(a)(5)(ii)(D)'],
    },
    aliases: ['iam_password_policy_minimum_length_14'],
  },
  scope: 'account',
  needs: ['iam.passwordPolicy'],
  check(context) {
    const policy = context.get('iam.passwordPolicy');
    if (policy === undefined) return [];
    const length = policy?.MinimumPasswordLength;
    if (length !== undefined && length >= MINIMUM) return [];
    const actual =
      policy === null
        ? 'has no password policy, so IAM accepts 8 characters'
        : `requires only ${length ?? 8} characters`;
    return [
      context.flag(
        accountResource(context.account),
        `Account ${context.account} ${actual}; CIS asks for at least ${MINIMUM}.`,
      ),
    ];
  },
};

export default rule;
