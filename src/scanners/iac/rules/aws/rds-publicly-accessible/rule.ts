import type { IacRule } from '../../../model/violation';
import { requireFalse, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-rds-publicly-accessible',
    title: 'RDS database is publicly accessible',
    severity: 'critical',
    description:
      'A publicly accessible database gets a public DNS name and address; with a permissive security group it is reachable from the whole internet, where database ports are scanned and brute-forced continuously.',
    remediation:
      'Set `publicly_accessible = false` (`PubliclyAccessible: false`), keep the database in private subnets, and reach it through the application tier or a bastion.',
    links: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#publicly_accessible',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'network',
    compliance: {
      'cis-aws-3.0': ['2.3.3'],
      'nist-800-53-r5': ['AC-3', 'SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: ['CKV_AWS_17', 'AVD-AWS-0180'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_db_instance', path: 'publicly_accessible' },
        { type: 'aws_rds_cluster_instance', path: 'publicly_accessible' },
        { type: 'AWS::RDS::DBInstance', path: 'PubliclyAccessible' },
      ],
      requireFalse(false),
    ),
};

export default rule;
