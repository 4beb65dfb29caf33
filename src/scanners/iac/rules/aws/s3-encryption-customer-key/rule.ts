import { label, readText } from '../../../aws/aws-resource';
import { isLogTarget, s3Buckets } from '../../../aws/s3-bucket-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-s3-encryption-customer-key',
    title: 'S3 bucket is encrypted with S3-managed keys instead of KMS',
    severity: 'low',
    description:
      'With SSE-S3 (AES256) anyone who can read an object gets it decrypted. SSE-KMS adds a second permission on the key, so a leaked bucket permission alone is not enough, and every decryption is logged in CloudTrail.',
    remediation:
      'Set `sse_algorithm = "aws:kms"` with a customer managed `kms_master_key_id` (`SSEAlgorithm: aws:kms` and `KMSMasterKeyID` in CloudFormation), and enable the bucket key to keep KMS costs down. Buckets that receive server access logs must stay on SSE-S3.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'nist-800-53-r5': ['SC-12', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1', '3.6.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['CKV_AWS_145', 'AVD-AWS-0132', 'aws-s3-encryption-customer-key'],
  },
  check(model) {
    return s3Buckets(model)
      .filter((bucket) => bucket.encryption.state === 'sse-s3' && !isLogTarget(model, bucket))
      .map(({ bucket, encryption }) =>
        flag(
          encryption.at.resource,
          encryption.at.node,
          `${encryption.at.name} is ${readText(encryption.at.node)} for bucket ${label(bucket)}, not aws:kms`,
        ),
      );
  },
};

export default rule;
