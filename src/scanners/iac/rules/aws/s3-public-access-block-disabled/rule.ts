import { flagNode, label, readBool, readText } from '../../../aws/aws-resource';
import { s3Buckets } from '../../../aws/s3-bucket-view';
import type { Violation } from '../../../../../core/engine';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-s3-public-access-block-disabled',
    title: 'S3 Block Public Access is switched off for a bucket',
    severity: 'high',
    description:
      'Each of the four Block Public Access switches closes one way a bucket becomes public: new public ACLs, existing public ACLs, public bucket policies, and cross-account access through a public policy. One switch off is enough for an ACL or policy mistake to expose the data to the internet.',
    remediation:
      'Set `block_public_acls`, `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` to true (`BlockPublicAcls`, `BlockPublicPolicy`, `IgnorePublicAcls`, `RestrictPublicBuckets` in CloudFormation). A switch that is not written is off.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-publicaccessblockconfiguration.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'storage',
    compliance: {
      'cis-aws-3.0': ['2.1.4'],
      'nist-800-53-r5': ['AC-3', 'SC-7'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['1.3.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: [
      'CKV_AWS_53',
      'CKV_AWS_54',
      'CKV_AWS_55',
      'CKV_AWS_56',
      'AVD-AWS-0086',
      'AVD-AWS-0087',
      'AVD-AWS-0091',
      'AVD-AWS-0093',
      'aws-s3-block-public-acls',
      'aws-s3-block-public-policy',
      'aws-s3-ignore-public-acls',
      'aws-s3-no-public-buckets',
    ],
  },
  check(model) {
    const violations: Violation[] = [];
    const seen = new Set<object>();
    for (const bucket of s3Buckets(model)) {
      for (const block of bucket.publicAccessBlocks) {
        if (seen.has(block.resource)) continue;
        seen.add(block.resource);
        const off = block.flags.filter((setting) => readBool(setting.node) === false);
        const unset = block.flags.filter((setting) => readBool(setting.node) === undefined);
        for (const setting of off) {
          violations.push(
            flag(
              setting.resource,
              setting.node,
              `${setting.name} is ${readText(setting.node)} for bucket ${label(bucket.bucket)}`,
            ),
          );
        }
        if (unset.length > 0) {
          violations.push(
            flag(
              block.resource,
              flagNode(unset[0]!),
              `${unset.map((setting) => setting.name).join(', ')} not set (so off) for bucket ${label(bucket.bucket)}`,
            ),
          );
        }
      }
    }
    return violations;
  },
};

export default rule;
