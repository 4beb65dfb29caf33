import { flagNode, isCloudFormation, label } from '../../../aws/aws-resource';
import { isLogTarget, s3Buckets } from '../../../aws/s3-bucket-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-s3-access-logging-disabled',
    title: 'S3 server access logging is not enabled',
    severity: 'low',
    description:
      'Server access logs record every request made to the bucket, with the requester, the object and the response. Without them an investigation cannot tell who read or changed data, beyond the management events CloudTrail keeps.',
    remediation:
      'Add an `aws_s3_bucket_logging` (provider v4+), a `logging` block (v3) or `LoggingConfiguration` (CloudFormation) that delivers to a dedicated log bucket. The log bucket itself is exempt.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_logging',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'logging',
    compliance: {
      'nist-800-53-r5': ['AU-2', 'AU-12'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.2.1'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: ['CKV_AWS_18', 'AVD-AWS-0089', 'aws-s3-enable-logging'],
  },
  check(model) {
    return s3Buckets(model)
      .filter((bucket) => bucket.logging.state === 'absent' && !isLogTarget(model, bucket))
      .map(({ bucket, logging }) =>
        flag(
          bucket,
          flagNode(logging.at),
          isCloudFormation(bucket)
            ? `bucket ${label(bucket)} sets no LoggingConfiguration`
            : `bucket ${label(bucket)} has no aws_s3_bucket_logging or logging block`,
        ),
      );
  },
};

export default rule;
