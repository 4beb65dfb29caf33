import { accountResource, type AccountAuditRule } from '../../../engine/audit-rule';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-root-hardware-mfa',
    title: 'Root user MFA is a virtual device',
    severity: 'high',
    description:
      'A virtual MFA app lives on a phone or computer that can be lost, cloned or compromised along with the password manager next to it. For the root user, CIS asks for a hardware device that is kept apart from everyday devices.',
    remediation:
      "Replace the root user's virtual MFA device with a FIDO security key or a hardware TOTP token, kept in a safe place, and remove the virtual device.",
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-hw-mfa-for-root.html',
      'https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListVirtualMFADevices.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'cis-aws-4.0.1': ['1.6'],
      'nist-800-53-r5': ['AC-2', 'AC-3', 'IA-2(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.4.1', '8.4.2', '8.4.3'],
      'hipaa-security-rule': ['164.308(a)(3)(ii)(A)', '164.312(d)'],
    },
    aliases: ['iam_root_hardware_mfa_enabled'],
  },
  scope: 'account',
  needs: ['iam.accountSummary', 'iam.virtualMfaDevices'],
  check(context) {
    const summary = context.get('iam.accountSummary');
    if (summary?.AccountMFAEnabled !== 1) return [];
    const devices = context.get('iam.virtualMfaDevices') ?? [];
    const root = devices.find(
      (device) =>
        device.SerialNumber?.endsWith(':mfa/root-account-mfa-device') || device.User?.Arn?.endsWith(':root'),
    );
    if (!root) return [];
    return [
      context.flag(
        accountResource(context.account),
        `The root user of account ${context.account} uses the virtual MFA device ${root.SerialNumber ?? ''}.`,
      ),
    ];
  },
};

export default rule;
