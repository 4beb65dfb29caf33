import type { IacRule } from '../../../model/violation';
import { requireTrue, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-elasticache-unencrypted-at-rest',
    title: 'ElastiCache replication group is not encrypted at rest',
    severity: 'high',
    description:
      'Redis and Valkey data, its snapshots and swap are kept unencrypted on disk unless at-rest encryption is chosen when the replication group is created.',
    remediation:
      'Set `at_rest_encryption_enabled = true` (`AtRestEncryptionEnabled: true`), with a customer managed `kms_key_id` for sensitive data.',
    links: [
      'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/elasticache_replication_group#at_rest_encryption_enabled',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'nist-800-53-r5': ['SC-28', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['CKV_AWS_29', 'AVD-AWS-0045', 'aws-elasticache-enable-at-rest-encryption'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_elasticache_replication_group', path: 'at_rest_encryption_enabled' },
        { type: 'AWS::ElastiCache::ReplicationGroup', path: 'AtRestEncryptionEnabled' },
      ],
      requireTrue(false),
    ),
};

export default rule;
