import type { AccountAuditRule } from '../../../engine/audit-rule';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-cloudshell-full-access',
    title: 'AWSCloudShellFullAccess is attached',
    severity: 'medium',
    description:
      'AWSCloudShellFullAccess lets its holders upload and download files to CloudShell and run anything from it with their credentials, a path for moving data out of the account that bypasses other controls.',
    remediation:
      'Detach AWSCloudShellFullAccess and, where CloudShell is needed, grant a narrower policy that denies file transfer (cloudshell:GetFileUploadUrls, cloudshell:GetFileDownloadUrls).',
    links: [
      'https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html',
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCloudShellFullAccess.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: { 'cis-aws-4.0.1': ['1.22'], 'soc2-2017': ['CC6.3'], 'pci-dss-4.0': ['7.2.1', '7.2.2'] },
    aliases: ['iam_policy_cloudshell_admin_not_attached'],
  },
  scope: 'account',
  needs: ['iam.cloudShellEntities'],
  check(context) {
    const entities = context.get('iam.cloudShellEntities');
    if (!entities) return [];
    const holders = [
      ...entities.users.map((name) => `user ${name}`),
      ...entities.groups.map((name) => `group ${name}`),
      ...entities.roles.map((name) => `role ${name}`),
    ];
    if (holders.length === 0) return [];
    return [
      context.flag(
        entities.policyArn,
        `AWSCloudShellFullAccess is attached to ${holders.join(', ')} in account ${context.account}.`,
      ),
    ];
  },
};

export default rule;
