import { accountResource, type AccountAuditRule } from '../../../engine/audit-rule';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-root-mfa-disabled',
    title: 'Root user has no MFA device',
    severity: 'critical',
    description:
      'Without multi-factor authentication, the root user is protected by a password alone. Anyone who phishes or guesses it controls the account beyond the reach of any IAM policy.',
    remediation:
      'Sign in as the root user and assign an MFA device under Security credentials (a FIDO security key or hardware token is best), or centralise root access for member accounts with AWS Organizations.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
      'https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'cis-aws-4.0.1': ['1.5'],
      'nist-800-53-r5': ['AC-2', 'AC-3', 'IA-2(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.4.1', '8.4.2', '8.4.3'],
      'hipaa-security-rule': ['164.308(a)(3)(ii)(A)', '164.312(d)'],
    },
    aliases: ['iam_root_mfa_enabled'],
  },
  scope: 'account',
  needs: ['iam.accountSummary'],
  check(context) {
    const summary = context.get('iam.accountSummary');
    if (summary?.AccountMFAEnabled !== 0) return [];
    return [
      context.flag(
        accountResource(context.account),
        `The root user of account ${context.account} signs in without MFA.`,
      ),
    ];
  },
};

export default rule;
