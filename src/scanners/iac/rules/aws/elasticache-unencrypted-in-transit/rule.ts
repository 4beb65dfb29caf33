import type { IacRule } from '../../../model/violation';
import { requireTrue, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-elasticache-unencrypted-in-transit',
    title: 'ElastiCache replication group does not encrypt traffic',
    severity: 'high',
    description:
      'Without in-transit encryption, cached data and the AUTH token travel in clear between clients and nodes and between replicas, readable by anyone who can observe traffic in the VPC.',
    remediation:
      'Set `transit_encryption_enabled = true` (`TransitEncryptionEnabled: true`) and connect with TLS; add an AUTH token or RBAC users.',
    links: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#transit_encryption_enabled',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'nist-800-53-r5': ['SC-8', 'SC-8(1)'],
      'soc2-2017': ['CC6.7'],
      'pci-dss-4.0': ['4.2.1'],
      'hipaa-security-rule': ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    },
    aliases: ['CKV_AWS_30', 'AVD-AWS-0051', 'aws-elasticache-enable-in-transit-encryption'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_elasticache_replication_group', path: 'transit_encryption_enabled' },
        { type: 'AWS::ElastiCache::ReplicationGroup', path: 'TransitEncryptionEnabled' },
      ],
      requireTrue(false),
    ),
};

export default rule;
