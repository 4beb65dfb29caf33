import type { AccountAuditRule } from '../../../engine/audit-rule';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-console-user-without-mfa',
    title: 'IAM user with a console password has no MFA',
    severity: 'high',
    description:
      'A console password alone can be phished, guessed or reused from another breach. MFA makes a stolen password useless by itself.',
    remediation:
      'Assign an MFA device to the user (IAM > Users > Security credentials), and enforce it with a policy that denies actions when aws:MultiFactorAuthPresent is false; better, move people to IAM Identity Center.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'cis-aws-4.0.1': ['1.10'],
      'nist-800-53-r5': ['AC-2', 'IA-2(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.4.1', '8.4.2'],
      'hipaa-security-rule': ['164.308(a)(3)(ii)(A)', '164.312(d)'],
    },
    aliases: ['iam_user_mfa_enabled_console_access'],
  },
  scope: 'account',
  needs: ['iam.credentialReport'],
  check(context) {
    const users = context.get('iam.credentialReport')?.users ?? [];
    return users
      .filter((user) => !user.isRoot && user.passwordEnabled && !user.mfaActive)
      .map((user) =>
        context.flag(
          user.arn,
          `IAM user ${user.user} can sign in to the console with a password and has no MFA device.`,
        ),
      );
  },
};

export default rule;
