import type { AccountAuditRule } from '../../../engine/audit-rule';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-s3-bucket-encryption-missing',
    title: 'S3 bucket has no default encryption',
    severity: 'medium',
    description:
      'Default encryption makes S3 encrypt every new object at rest. S3 applies SSE-S3 to new buckets since January 2023; a bucket without a default encryption configuration stores objects unencrypted unless each upload asks otherwise.',
    remediation:
      'Set default encryption on the bucket (SSE-KMS with a customer managed key where key policies and audit of key use matter, otherwise SSE-S3).',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketEncryption.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'nist-800-53-r5': ['SC-28', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['s3_bucket_default_encryption'],
  },
  scope: 'account',
  needs: ['s3.buckets', 's3.bucketEncryption'],
  check(context) {
    const buckets = context.get('s3.buckets');
    const encryption = context.get('s3.bucketEncryption');
    if (!buckets || !encryption) return [];
    return buckets.flatMap((bucket) => {
      const rules = context.use(encryption.get(bucket.name), bucket.region);
      if (
        rules === undefined ||
        (rules !== null && rules.some((entry) => entry.ApplyServerSideEncryptionByDefault?.SSEAlgorithm))
      )
        return [];
      return [
        context.flag(bucket.arn, `Bucket ${bucket.name} has no default encryption configuration.`, {
          ...(bucket.region ? { region: bucket.region } : {}),
        }),
      ];
    });
  },
};

export default rule;
