import { isCloudFormation, label } from '../../../aws/aws-resource';
import { s3Buckets } from '../../../aws/s3-bucket-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-s3-encryption-not-configured',
    title: 'S3 bucket declares no default encryption',
    severity: 'low',
    description:
      'S3 now encrypts new objects with S3-managed keys when a bucket states nothing, but a bucket whose code does not declare its encryption cannot show which key protects the data, and the choice of a customer managed key (which adds access control and audit on every read) is never made.',
    remediation:
      'Declare default encryption: an `aws_s3_bucket_server_side_encryption_configuration` (provider v4+), a `server_side_encryption_configuration` block (v3), or `BucketEncryption` in CloudFormation, preferably with `aws:kms` and a customer managed key.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_server_side_encryption_configuration',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'nist-800-53-r5': ['SC-28', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['CKV_AWS_19', 'AVD-AWS-0088', 'aws-s3-enable-bucket-encryption'],
  },
  check(model) {
    return s3Buckets(model)
      .filter((bucket) => bucket.encryption.state === 'absent')
      .map(({ bucket }) =>
        flag(
          bucket,
          undefined,
          isCloudFormation(bucket)
            ? `bucket ${label(bucket)} sets no BucketEncryption`
            : `bucket ${label(bucket)} has no aws_s3_bucket_server_side_encryption_configuration or server_side_encryption_configuration block`,
        ),
      );
  },
};

export default rule;
