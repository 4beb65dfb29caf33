import type { AccountAuditRule } from '../../../engine/audit-rule';
import { bucketExposure, effectiveBlock } from '../shared/s3-exposure';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-s3-bucket-public',
    title: 'S3 bucket is publicly accessible',
    severity: 'critical',
    description:
      'A bucket whose policy S3 evaluates as public, or whose ACL grants access to everyone or to every AWS account, exposes its objects to the Internet unless Block Public Access neutralises it. Public buckets are the most common source of cloud data leaks.',
    remediation:
      'Remove the public statements from the bucket policy and the AllUsers/AuthenticatedUsers grants from the ACL (or disable ACLs with Object Ownership "bucket owner enforced"), then turn on Block Public Access. Serve public content through CloudFront with origin access control.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicyStatus.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'storage',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'AC-4', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
      'hipaa-security-rule': ['164.308(a)(3)(i)', '164.312(a)(1)'],
    },
    aliases: ['s3_bucket_public_access'],
  },
  scope: 'account',
  needs: [
    's3.accountPublicAccessBlock',
    's3.buckets',
    's3.bucketPublicAccessBlocks',
    's3.bucketPolicyStatus',
    's3.bucketAcls',
  ],
  check(context) {
    const account = context.get('s3.accountPublicAccessBlock');
    const buckets = context.get('s3.buckets');
    const blocks = context.get('s3.bucketPublicAccessBlocks');
    const statuses = context.get('s3.bucketPolicyStatus');
    const acls = context.get('s3.bucketAcls');
    if (account === undefined || !buckets || !blocks || !statuses || !acls) return [];
    return buckets.flatMap((bucket) => {
      const own = context.use(blocks.get(bucket.name), bucket.region);
      const isPublic = context.use(statuses.get(bucket.name), bucket.region);
      const grants = context.use(acls.get(bucket.name), bucket.region);
      if (own === undefined || isPublic === undefined || grants === undefined) return [];
      const exposure = bucketExposure(effectiveBlock(account, own), isPublic, grants);
      const reasons = [
        ...(exposure.policy ? ['its bucket policy is public'] : []),
        ...exposure.acl.map((grant) => `its ACL grants ${grant}`),
      ];
      if (reasons.length === 0) return [];
      return [
        context.flag(bucket.arn, `Bucket ${bucket.name} is public: ${reasons.join('; ')}.`, {
          ...(bucket.region ? { region: bucket.region } : {}),
        }),
      ];
    });
  },
};

export default rule;
