import { isCloudFormation, label } from '../../../aws/aws-resource';
import { deniesInsecureTransport } from '../../../aws/iam-conditions';
import { s3Buckets } from '../../../aws/s3-bucket-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-s3-insecure-transport-allowed',
    title: 'S3 bucket policy does not deny requests over plain HTTP',
    severity: 'medium',
    description:
      'S3 answers plain HTTP as well as HTTPS. Unless the bucket policy denies requests where `aws:SecureTransport` is false, a misconfigured client can send credentials-signed requests and data in clear text over the network.',
    remediation:
      'Add a bucket policy statement with `Effect: Deny`, `Principal: "*"`, `Action: "s3:*"`, the bucket and its objects as `Resource`, and `Condition: { Bool: { "aws:SecureTransport": "false" } }`.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit',
      'https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'cis-aws-3.0': ['2.1.1'],
      'nist-800-53-r5': ['SC-8', 'SC-8(1)'],
      'soc2-2017': ['CC6.7'],
      'pci-dss-4.0': ['4.2.1'],
      'hipaa-security-rule': ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    },
    aliases: [],
  },
  check(model) {
    return s3Buckets(model)
      .filter(
        (bucket) =>
          !bucket.policyUncertain &&
          bucket.policies.every((policy) => !policy.document.unknown) &&
          !bucket.policies.some((policy) => policy.document.statements.some(deniesInsecureTransport)),
      )
      .map(({ bucket, policies }) => {
        const where = policies[0];
        if (where)
          return flag(
            where.resource,
            where.document.node,
            `${where.name} of bucket ${label(bucket)} has no statement denying aws:SecureTransport false`,
          );
        const missing = isCloudFormation(bucket) ? 'no AWS::S3::BucketPolicy' : 'no bucket policy';
        return flag(
          bucket,
          undefined,
          `bucket ${label(bucket)} has ${missing} denying requests without TLS (aws:SecureTransport false)`,
        );
      });
  },
};

export default rule;
