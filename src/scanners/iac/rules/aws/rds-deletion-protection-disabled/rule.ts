import type { IacRule } from '../../../model/violation';
import { requireTrue, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-rds-deletion-protection-disabled',
    title: 'RDS database has no deletion protection',
    severity: 'low',
    description:
      'Without deletion protection a single API call, a mistaken `terraform destroy` or a renamed resource deletes the database; its automated backups go with it unless a final snapshot is kept.',
    remediation:
      'Set `deletion_protection = true` (`DeletionProtection: true`) on production databases and clusters.',
    links: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#deletion_protection',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'resilience',
    compliance: {
      'nist-800-53-r5': ['CP-9', 'CP-10'],
      'soc2-2017': ['A1.2'],
    },
    aliases: [
      'CKV_AWS_293',
      'CKV_AWS_139',
      'AVD-AWS-0177',
      'AVD-AWS-0343',
      'aws-rds-enable-deletion-protection',
      'aws-rds-enable-cluster-deletion-protection',
    ],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_db_instance', path: 'deletion_protection' },
        { type: 'aws_rds_cluster', path: 'deletion_protection' },
        { type: 'AWS::RDS::DBInstance', path: 'DeletionProtection' },
        { type: 'AWS::RDS::DBCluster', path: 'DeletionProtection' },
      ],
      requireTrue(false),
    ),
};

export default rule;
