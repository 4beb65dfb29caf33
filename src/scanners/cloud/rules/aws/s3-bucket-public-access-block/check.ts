import type { AccountAuditRule } from '../../../engine/audit-rule';
import { effectiveBlock, missingSettings } from '../shared/s3-exposure';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-s3-bucket-public-access-block',
    title: 'S3 bucket is not covered by Block Public Access',
    severity: 'high',
    description:
      'A bucket whose Block Public Access settings are off, and not covered by the account-level setting, can be made public by a single policy or ACL change. A bucket covered by the account-level block is not reported.',
    remediation:
      'Turn on all four Block Public Access settings for the account (preferred) or for the bucket.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'storage',
    compliance: {
      'cis-aws-4.0.1': ['2.1.4'],
      'nist-800-53-r5': ['AC-3', 'AC-4', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
      'hipaa-security-rule': ['164.308(a)(3)(i)'],
    },
    aliases: ['s3_bucket_level_public_access_block'],
  },
  scope: 'account',
  needs: ['s3.accountPublicAccessBlock', 's3.buckets', 's3.bucketPublicAccessBlocks'],
  check(context) {
    const account = context.get('s3.accountPublicAccessBlock');
    const buckets = context.get('s3.buckets');
    const blocks = context.get('s3.bucketPublicAccessBlocks');
    if (account === undefined || !buckets || !blocks) return [];
    if (missingSettings(account).length === 0) return [];
    return buckets.flatMap((bucket) => {
      const own = context.use(blocks.get(bucket.name), bucket.region);
      if (own === undefined) return [];
      const missing = missingSettings(effectiveBlock(account, own));
      if (missing.length === 0) return [];
      return [
        context.flag(
          bucket.arn,
          `Bucket ${bucket.name} has ${missing.join(', ')} off, at both the bucket and the account level.`,
          {
            ...(bucket.region ? { region: bucket.region } : {}),
          },
        ),
      ];
    });
  },
};

export default rule;
