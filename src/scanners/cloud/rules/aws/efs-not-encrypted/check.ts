import type { RegionAuditRule } from '../../../engine/audit-rule';
import { regionalArn } from '../shared/arns';

const rule: RegionAuditRule = {
  meta: {
    id: 'aws-audit-efs-not-encrypted',
    title: 'EFS file system is not encrypted at rest',
    severity: 'medium',
    description:
      'An unencrypted EFS file system keeps its files and backups in clear on AWS storage. Encryption at rest can only be chosen when the file system is created.',
    remediation:
      'Create a new file system with encryption at rest (a KMS key), copy the data with AWS DataSync, and move clients to it.',
    links: [
      'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
      'https://docs.aws.amazon.com/efs/latest/ug/API_DescribeFileSystems.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'cis-aws-4.0.1': ['2.3.1'],
      'nist-800-53-r5': ['SC-28', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['efs_encryption_at_rest_enabled'],
  },
  scope: 'region',
  needs: ['efs.fileSystems'],
  check(context) {
    const systems = context.get('efs.fileSystems') ?? [];
    return systems
      .filter((system) => system.Encrypted === false && system.FileSystemId)
      .map((system) =>
        context.flag(
          system.FileSystemArn ??
            regionalArn(context, 'elasticfilesystem', `file-system/${system.FileSystemId}`),
          `EFS file system ${system.FileSystemId}${system.Name ? ` (${system.Name})` : ''} is not encrypted at rest.`,
        ),
      );
  },
};

export default rule;
