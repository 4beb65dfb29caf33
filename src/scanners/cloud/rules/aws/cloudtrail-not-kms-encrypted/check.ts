import type { AccountAuditRule } from '../../../engine/audit-rule';
import { ownTrails, trailName, trailRegion } from '../shared/trails';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-cloudtrail-not-kms-encrypted',
    title: 'CloudTrail logs are not encrypted with a KMS key',
    severity: 'medium',
    description:
      "With SSE-KMS, reading the logs needs decrypt permission on a key whose policy you control and whose use is itself logged, on top of access to the bucket. Without it, anyone who can read the bucket reads the account's activity.",
    remediation:
      'Create a customer managed KMS key whose policy lets CloudTrail encrypt and your auditors decrypt, and set it on the trail (aws cloudtrail update-trail --name <trail> --kms-key-id <key>).',
    links: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
      'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_Trail.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'cis-aws-4.0.1': ['3.5'],
      'nist-800-53-r5': ['AU-9', 'SC-28'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1', '10.3.2'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['cloudtrail_kms_encryption_enabled'],
  },
  scope: 'account',
  needs: ['cloudtrail.trails'],
  check(context) {
    const trails = context.get('cloudtrail.trails');
    if (!trails) return [];
    return ownTrails(context, trails)
      .filter((record) => !record.trail.KmsKeyId)
      .map((record) =>
        context.flag(
          record.arn,
          `The ${trailName(record)} writes logs without a KMS key.`,
          trailRegion(record),
        ),
      );
  },
};

export default rule;
