import { isCloudFormation, label } from '../../../aws/aws-resource';
import { accountBlocksPublicAccess, s3Buckets } from '../../../aws/s3-bucket-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-s3-public-access-block-missing',
    title: 'S3 bucket declares no Block Public Access settings',
    severity: 'low',
    description:
      'Block Public Access overrides any ACL or bucket policy that would make the bucket public. New buckets get it by default, but a bucket whose code does not declare it can lose it to a console change or an old default without the code showing it.',
    remediation:
      'Add an `aws_s3_bucket_public_access_block` for the bucket (or `PublicAccessBlockConfiguration` in CloudFormation) with all four settings true, or block public access for the whole account with `aws_s3_account_public_access_block`.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'storage',
    compliance: {
      'cis-aws-3.0': ['2.1.4'],
      'nist-800-53-r5': ['AC-3', 'SC-7'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['1.3.1'],
    },
    aliases: ['CKV2_AWS_6', 'AVD-AWS-0094', 'aws-s3-specify-public-access-block'],
  },
  acrossRoots: {
    kind: 'waiver',
    types: ['aws_s3_account_public_access_block'],
    waived: accountBlocksPublicAccess,
  },
  check(model) {
    if (accountBlocksPublicAccess(model)) return [];
    return s3Buckets(model)
      .filter((bucket) => bucket.publicAccessBlocks.length === 0 && !bucket.publicAccessBlockUncertain)
      .map((bucket) =>
        flag(
          bucket.bucket,
          undefined,
          isCloudFormation(bucket.bucket)
            ? `bucket ${label(bucket.bucket)} sets no PublicAccessBlockConfiguration`
            : `bucket ${label(bucket.bucket)} has no aws_s3_bucket_public_access_block`,
        ),
      );
  },
};

export default rule;
