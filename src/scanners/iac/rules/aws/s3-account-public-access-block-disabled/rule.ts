import type { Violation } from '../../../../../core/engine';
import { prop, readBool, readText } from '../../../aws/aws-resource';
import { PUBLIC_ACCESS_FLAGS } from '../../../aws/s3-bucket-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-s3-account-public-access-block-disabled',
    title: 'Account-level S3 Block Public Access leaves a switch off',
    severity: 'high',
    description:
      'The account-level Block Public Access settings apply to every bucket of the account, including buckets created later outside this code. A switch left off lets any bucket be made public with a single ACL or policy change.',
    remediation:
      'Set `block_public_acls`, `block_public_policy`, `ignore_public_acls` and `restrict_public_buckets` to true on `aws_s3_account_public_access_block`.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_account_public_access_block',
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
    aliases: [],
  },
  check(model) {
    const violations: Violation[] = [];
    for (const block of model.ofType('aws_s3_account_public_access_block')) {
      const settings = PUBLIC_ACCESS_FLAGS.map((switchName) => prop(block, switchName.terraform));
      for (const setting of settings.filter((entry) => readBool(entry.node) === false)) {
        violations.push(
          flag(
            block,
            setting.node,
            `${setting.name} is ${readText(setting.node)} for the whole account in ${block.address}`,
          ),
        );
      }
      const unset = settings.filter((entry) => readBool(entry.node) === undefined);
      if (unset.length > 0) {
        violations.push(
          flag(
            block,
            undefined,
            `${unset.map((entry) => entry.name).join(', ')} not set (so off) in ${block.address}`,
          ),
        );
      }
    }
    return violations;
  },
};

export default rule;
