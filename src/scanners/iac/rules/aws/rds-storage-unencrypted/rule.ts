import { prop, readText, type Setting } from '../../../aws/aws-resource';
import type { IacRule } from '../../../model/violation';
import { requireTrue, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-rds-storage-unencrypted',
    title: 'RDS database storage is not encrypted',
    severity: 'high',
    description:
      'Database storage, its automated backups, snapshots and read replicas are encrypted only when encryption is chosen at creation; an unencrypted database cannot be encrypted in place later.',
    remediation:
      'Set `storage_encrypted = true` (`StorageEncrypted: true`) with a customer managed `kms_key_id` when the database is created; migrate existing data through an encrypted snapshot copy.',
    links: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'cis-aws-3.0': ['2.3.1'],
      'nist-800-53-r5': ['SC-28', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: [
      'CKV_AWS_16',
      'CKV_AWS_96',
      'AVD-AWS-0080',
      'AVD-AWS-0079',
      'aws-rds-encrypt-instance-storage-data',
      'aws-rds-encrypt-cluster-storage-data',
    ],
  },
  check(model) {
    // Replicas and cluster members take their encryption from their source or cluster.
    const inherits = (setting: Setting) =>
      [
        'replicate_source_db',
        'snapshot_identifier',
        'SourceDBInstanceIdentifier',
        'DBClusterIdentifier',
        'DBSnapshotIdentifier',
      ].some((name) => prop(setting.resource, name).node !== undefined);
    const serverless = (setting: Setting) =>
      readText(prop(setting.resource, 'engine_mode').node) === 'serverless';
    return settingFindings(
      model,
      [
        { type: 'aws_db_instance', path: 'storage_encrypted' },
        { type: 'aws_rds_cluster', path: 'storage_encrypted' },
        { type: 'AWS::RDS::DBInstance', path: 'StorageEncrypted' },
        { type: 'AWS::RDS::DBCluster', path: 'StorageEncrypted' },
      ],
      (setting) => (inherits(setting) ? undefined : requireTrue(serverless(setting))(setting)),
    );
  },
};

export default rule;
