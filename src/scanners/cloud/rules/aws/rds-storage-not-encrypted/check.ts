import type { RegionAuditRule } from '../../../engine/audit-rule';

const rule: RegionAuditRule = {
  meta: {
    id: 'aws-audit-rds-storage-not-encrypted',
    title: 'RDS instance storage is not encrypted',
    severity: 'high',
    description:
      'An unencrypted database stores its data, logs, backups and snapshots in clear on AWS storage; a shared or leaked snapshot is then readable by anyone who gets it. Encryption can only be chosen when the instance is created.',
    remediation:
      'Take a snapshot, copy it with encryption under a KMS key, restore a new encrypted instance from the copy, and switch the application to it.',
    links: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBInstances.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'cis-aws-4.0.1': ['2.2.1'],
      'nist-800-53-r5': ['SC-28', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['rds_instance_storage_encrypted'],
  },
  scope: 'region',
  needs: ['rds.instances'],
  check(context) {
    const instances = context.get('rds.instances') ?? [];
    return instances
      .filter((instance) => instance.StorageEncrypted === false && instance.DBInstanceArn)
      .map((instance) =>
        context.flag(
          instance.DBInstanceArn!,
          `RDS instance ${instance.DBInstanceIdentifier ?? ''} stores its data unencrypted.`,
        ),
      );
  },
};

export default rule;
