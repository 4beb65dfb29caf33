import type { AccountAuditRule } from '../../../engine/audit-rule';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-s3-bucket-versioning-disabled',
    title: 'S3 bucket versioning is not enabled',
    severity: 'low',
    description:
      'Without versioning, an overwrite or delete (by mistake, by a faulty deployment or by ransomware using stolen credentials) destroys the only copy of an object.',
    remediation:
      'Enable versioning on the bucket and add a lifecycle rule that expires noncurrent versions after a retention period, to bound the cost.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'storage',
    compliance: {
      'nist-800-53-r5': ['CP-9', 'CP-10'],
      'soc2-2017': ['A1.2'],
      'hipaa-security-rule': ['164.308(a)(7)(ii)(A)'],
    },
    aliases: ['s3_bucket_object_versioning'],
  },
  scope: 'account',
  needs: ['s3.buckets', 's3.bucketVersioning'],
  check(context) {
    const buckets = context.get('s3.buckets');
    const versioning = context.get('s3.bucketVersioning');
    if (!buckets || !versioning) return [];
    return buckets.flatMap((bucket) => {
      const state = context.use(versioning.get(bucket.name), bucket.region);
      if (!state || state.status === 'Enabled') return [];
      const what = state.status === 'Suspended' ? 'suspended' : 'never enabled';
      return [
        context.flag(bucket.arn, `Versioning of bucket ${bucket.name} is ${what}.`, {
          ...(bucket.region ? { region: bucket.region } : {}),
        }),
      ];
    });
  },
};

export default rule;
