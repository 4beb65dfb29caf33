import type { AccountAuditRule } from '../../../engine/audit-rule';
import { ownTrails, trailName } from '../shared/trails';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-cloudtrail-bucket-access-logging',
    title: 'CloudTrail log bucket has no server access logging',
    severity: 'low',
    description:
      'Server access logs on the trail bucket record who read, wrote or deleted log files, which is how tampering with the audit trail is noticed. A bucket in another account (a log archive) is reported as not assessed here.',
    remediation:
      'Enable server access logging on the trail bucket, delivering to a separate bucket that the same people cannot write to.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLogging.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'logging',
    compliance: {
      'cis-aws-4.0.1': ['3.4'],
      'nist-800-53-r5': ['AU-2', 'AU-12'],
      'soc2-2017': ['A1.2'],
      'pci-dss-4.0': ['10.2.1'],
    },
    aliases: ['cloudtrail_logs_s3_bucket_access_logging_enabled'],
  },
  scope: 'account',
  needs: ['cloudtrail.trails', 's3.buckets', 's3.bucketLogging'],
  check(context) {
    const trails = context.get('cloudtrail.trails');
    const buckets = context.get('s3.buckets');
    const logging = context.get('s3.bucketLogging');
    if (!trails || !buckets || !logging) return [];
    const seen = new Set<string>();
    return ownTrails(context, trails).flatMap((record) => {
      const name = record.trail.S3BucketName;
      if (!name || seen.has(name)) return [];
      seen.add(name);
      const bucket = buckets.find((entry) => entry.name === name);
      if (!bucket) {
        context.gap(
          `the ${trailName(record)} writes to bucket ${name}, which is not in this account; assess it in the account that owns it`,
        );
        return [];
      }
      const target = context.use(logging.get(name), bucket.region);
      if (target !== null) return [];
      return [
        context.flag(
          bucket.arn,
          `Bucket ${name}, where the ${trailName(record)} writes its logs, has no server access logging.`,
          {
            ...(bucket.region ? { region: bucket.region } : {}),
          },
        ),
      ];
    });
  },
};

export default rule;
