import type { AccountAuditRule } from '../../../engine/audit-rule';
import type { PolicyDocument } from '../../../collectors/aws/policy-document';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-s3-bucket-insecure-transport',
    title: 'S3 bucket policy does not deny requests over plain HTTP',
    severity: 'medium',
    description:
      'S3 answers HTTP as well as HTTPS. Unless the bucket policy denies requests where aws:SecureTransport is false, a misconfigured client can send data and credentials-bearing requests in clear text.',
    remediation:
      'Add a statement to the bucket policy: Effect Deny, Principal "*", Action "s3:*", Resource the bucket and bucket/*, Condition {"Bool": {"aws:SecureTransport": "false"}}.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit',
      'https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'cis-aws-4.0.1': ['2.1.1'],
      'nist-800-53-r5': ['SC-8', 'SC-8(1)'],
      'soc2-2017': ['CC6.7'],
      'pci-dss-4.0': ['4.2.1'],
      'hipaa-security-rule': ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    },
    aliases: ['s3_bucket_secure_transport_policy'],
  },
  scope: 'account',
  needs: ['s3.buckets', 's3.bucketPolicies'],
  check(context) {
    const buckets = context.get('s3.buckets');
    const policies = context.get('s3.bucketPolicies');
    if (!buckets || !policies) return [];
    return buckets.flatMap((bucket) => {
      const policy = context.use(policies.get(bucket.name), bucket.region);
      if (policy === undefined || (policy !== null && !policy.document)) return [];
      if (policy !== null && deniesInsecureTransport(policy.document!)) return [];
      const what =
        policy === null
          ? 'has no bucket policy, so nothing denies plain HTTP'
          : 'has a policy without a Deny on aws:SecureTransport = false';
      return [
        context.flag(bucket.arn, `Bucket ${bucket.name} ${what}.`, {
          ...(bucket.region ? { region: bucket.region } : {}),
        }),
      ];
    });
  },
};

export function deniesInsecureTransport(document: PolicyDocument): boolean {
  return document.statements.some(
    (statement) =>
      statement.effect === 'Deny' &&
      statement.principals.some((principal) => principal.value === '*') &&
      statement.actions.some((action) => action === '*' || action.toLowerCase() === 's3:*') &&
      statement.conditions.some(
        (condition) =>
          /^Bool(IfExists)?$/.test(condition.operator) &&
          condition.key === 'aws:securetransport' &&
          condition.values.includes('false'),
      ),
  );
}

export default rule;
