import { prop, readNumber } from '../../../aws/aws-resource';
import type { IacRule } from '../../../model/violation';
import { settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-rds-backup-disabled',
    title: 'RDS automated backups are turned off',
    severity: 'medium',
    description:
      'A backup retention period of 0 turns off automated backups and point-in-time recovery: a dropped table, a corrupting release or ransomware inside the database cannot be undone.',
    remediation:
      'Set `backup_retention_period` (`BackupRetentionPeriod`) to at least 7 days, and longer for production data.',
    links: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#backup_retention_period',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'resilience',
    compliance: {
      'nist-800-53-r5': ['CP-9', 'CP-10'],
      'soc2-2017': ['A1.2'],
      'hipaa-security-rule': ['164.308(a)(7)(ii)(A)'],
    },
    aliases: ['CKV_AWS_133', 'AVD-AWS-0077', 'aws-rds-specify-backup-retention'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_db_instance', path: 'backup_retention_period' },
        { type: 'aws_rds_cluster', path: 'backup_retention_period' },
        { type: 'AWS::RDS::DBInstance', path: 'BackupRetentionPeriod' },
        { type: 'AWS::RDS::DBCluster', path: 'BackupRetentionPeriod' },
      ],
      (setting) => {
        const days = readNumber(setting.node);
        const replica = ['replicate_source_db', 'SourceDBInstanceIdentifier'].some(
          (name) => prop(setting.resource, name).node !== undefined,
        );
        return typeof days === 'number' && days < 1 && !replica
          ? `${setting.name} is ${days}: no automated backups`
          : undefined;
      },
    ),
};

export default rule;
