import type { AccountAuditRule } from '../../../engine/audit-rule';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-s3-trail-bucket-mfa-delete-disabled',
    title: 'CloudTrail log bucket does not require MFA to delete versions',
    severity: 'medium',
    description:
      "MFA Delete makes deleting object versions or suspending versioning require the root user's MFA code. On the bucket that holds the audit trail, it stops an intruder with stolen credentials from erasing the evidence. cloudgate checks the buckets CloudTrail writes to, the sensitive buckets it can identify.",
    remediation:
      'As the root user with its MFA device, enable versioning with MFA Delete: aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "<serial> <code>". Consider S3 Object Lock as well.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'logging',
    compliance: {
      'cis-aws-4.0.1': ['2.1.2'],
      'nist-800-53-r5': ['AU-9', 'CP-9'],
      'soc2-2017': ['A1.2'],
      'pci-dss-4.0': ['10.3.2'],
    },
    aliases: ['cloudtrail_bucket_requires_mfa_delete', 's3_bucket_no_mfa_delete'],
  },
  scope: 'account',
  needs: ['cloudtrail.trails', 's3.buckets', 's3.bucketVersioning'],
  check(context) {
    const trails = context.get('cloudtrail.trails');
    const buckets = context.get('s3.buckets');
    const versioning = context.get('s3.bucketVersioning');
    if (!trails || !buckets || !versioning) return [];
    const logBuckets = new Set(
      trails.trails.flatMap((record) => (record.trail.S3BucketName ? [record.trail.S3BucketName] : [])),
    );
    return buckets
      .filter((bucket) => logBuckets.has(bucket.name))
      .flatMap((bucket) => {
        const state = context.use(versioning.get(bucket.name), bucket.region);
        if (!state || state.mfaDelete) return [];
        return [
          context.flag(
            bucket.arn,
            `CloudTrail log bucket ${bucket.name} lets versions be deleted without MFA.`,
            {
              ...(bucket.region ? { region: bucket.region } : {}),
            },
          ),
        ];
      });
  },
};

export default rule;
