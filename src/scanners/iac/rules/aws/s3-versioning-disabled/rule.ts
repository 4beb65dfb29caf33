import { flagNode, isCloudFormation, label, readText } from '../../../aws/aws-resource';
import { s3Buckets } from '../../../aws/s3-bucket-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-s3-versioning-disabled',
    title: 'S3 bucket versioning is not enabled',
    severity: 'medium',
    description:
      'Without versioning an overwritten or deleted object is gone: a faulty deployment, a compromised credential or ransomware that rewrites objects leaves nothing to restore. Versioning is also required for replication and Object Lock.',
    remediation:
      'Add an `aws_s3_bucket_versioning` with `versioning_configuration { status = "Enabled" }` (provider v4+), `versioning { enabled = true }` (v3), or `VersioningConfiguration: { Status: Enabled }` in CloudFormation. Expire old versions with a lifecycle rule to bound the cost.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_versioning',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'storage',
    compliance: {
      'nist-800-53-r5': ['CP-9', 'CP-10'],
      'soc2-2017': ['A1.2'],
      'hipaa-security-rule': ['164.308(a)(7)(ii)(A)', '164.312(c)(1)'],
    },
    aliases: ['CKV_AWS_21', 'AVD-AWS-0090', 'aws-s3-enable-versioning'],
  },
  check(model) {
    return s3Buckets(model)
      .filter((bucket) => bucket.versioning.state === 'absent' || bucket.versioning.state === 'suspended')
      .map(({ bucket, versioning }) => {
        if (versioning.state === 'suspended') {
          return flag(
            versioning.at.resource,
            versioning.at.node,
            `${versioning.at.name} is ${readText(versioning.at.node)} for bucket ${label(bucket)}`,
          );
        }
        const missing = isCloudFormation(bucket)
          ? 'sets no VersioningConfiguration'
          : 'has no aws_s3_bucket_versioning or versioning block';
        return flag(bucket, flagNode(versioning.at), `bucket ${label(bucket)} ${missing}`);
      });
  },
};

export default rule;
