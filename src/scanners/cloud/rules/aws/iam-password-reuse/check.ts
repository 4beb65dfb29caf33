import { accountResource, type AccountAuditRule } from '../../../engine/audit-rule';

const REMEMBERED = 24;

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-password-reuse',
    title: 'IAM password policy lets users reuse recent passwords',
    severity: 'medium',
    description:
      'When users can go back to a previous password, a password that leaked once keeps working after it was "changed". CIS asks IAM to remember the last 24 passwords.',
    remediation: `Set the account password policy's password reuse prevention to ${REMEMBERED} (aws iam update-account-password-policy --password-reuse-prevention ${REMEMBERED}).`,
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
      'https://docs.aws.amazon.com/IAM/latest/APIReference/API_PasswordPolicy.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'cis-aws-4.0.1': ['1.9'],
      'nist-800-53-r5': ['IA-5(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.3.7'],
      'hipaa-security-rule': ['164.308(a)(5)(ii)(D)', '164.312(d)'],
    },
    aliases: ['iam_password_policy_reuse_24'],
  },
  scope: 'account',
  needs: ['iam.passwordPolicy'],
  check(context) {
    const policy = context.get('iam.passwordPolicy');
    if (policy === undefined) return [];
    const remembered = policy?.PasswordReusePrevention ?? 0;
    if (remembered >= REMEMBERED) return [];
    const actual =
      policy === null
        ? 'has no password policy'
        : remembered === 0
          ? 'does not prevent password reuse'
          : `remembers only the last ${remembered} passwords`;
    return [
      context.flag(
        accountResource(context.account),
        `Account ${context.account} ${actual}; CIS asks for ${REMEMBERED}.`,
      ),
    ];
  },
};

export default rule;
