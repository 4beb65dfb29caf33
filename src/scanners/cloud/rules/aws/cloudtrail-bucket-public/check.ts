import type { AccountAuditRule } from '../../../engine/audit-rule';
import { bucketExposure, effectiveBlock } from '../shared/s3-exposure';
import { ownTrails, trailName } from '../shared/trails';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-cloudtrail-bucket-public',
    title: 'CloudTrail log bucket is publicly accessible',
    severity: 'critical',
    description:
      'Trail logs describe the whole account: its users, roles, resources and mistakes. A public log bucket hands that map to anyone, and may let them alter the evidence. A bucket in another account (a log archive) is reported as not assessed here.',
    remediation:
      'Remove public statements and grants from the log bucket and turn on Block Public Access for it and for the account.',
    links: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'logging',
    compliance: {
      'nist-800-53-r5': ['AU-9', 'AC-3'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['10.3.2'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: ['cloudtrail_logs_s3_bucket_is_not_publicly_accessible'],
  },
  scope: 'account',
  needs: [
    'cloudtrail.trails',
    's3.accountPublicAccessBlock',
    's3.buckets',
    's3.bucketPublicAccessBlocks',
    's3.bucketPolicyStatus',
    's3.bucketAcls',
  ],
  check(context) {
    const trails = context.get('cloudtrail.trails');
    const account = context.get('s3.accountPublicAccessBlock');
    const buckets = context.get('s3.buckets');
    const blocks = context.get('s3.bucketPublicAccessBlocks');
    const statuses = context.get('s3.bucketPolicyStatus');
    const acls = context.get('s3.bucketAcls');
    if (!trails || account === undefined || !buckets || !blocks || !statuses || !acls) return [];
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
      const own = context.use(blocks.get(name), bucket.region);
      const isPublic = context.use(statuses.get(name), bucket.region);
      const grants = context.use(acls.get(name), bucket.region);
      if (own === undefined || isPublic === undefined || grants === undefined) return [];
      const exposure = bucketExposure(effectiveBlock(account, own), isPublic, grants);
      if (!exposure.policy && exposure.acl.length === 0) return [];
      return [
        context.flag(
          bucket.arn,
          `Bucket ${name}, where the ${trailName(record)} writes its logs, is public.`,
          { ...(bucket.region ? { region: bucket.region } : {}) },
        ),
      ];
    });
  },
};

export default rule;
