import { prop, readBool } from '../../../aws/aws-resource';
import type { IacRule } from '../../../model/violation';
import { requireTrue, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-ebs-volume-unencrypted',
    title: 'EBS volume is not encrypted',
    severity: 'high',
    description:
      'An unencrypted volume leaves its data, and every snapshot taken from it, readable to anyone who obtains a copy: a snapshot shared by mistake, a volume attached to another instance.',
    remediation:
      'Set `encrypted = true` (`Encrypted: true`), ideally with a customer managed `kms_key_id`, or turn on EBS encryption by default for the region with `aws_ebs_encryption_by_default`.',
    links: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ebs_volume#encrypted',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'cis-aws-3.0': ['2.2.1'],
      'nist-800-53-r5': ['SC-28', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['CKV_AWS_3', 'AVD-AWS-0026', 'aws-ec2-enable-volume-encryption'],
  },
  // Encryption by default is set once per account and region, often in another stack than the volumes.
  acrossRoots: { kind: 'whole-scan', types: ['aws_ebs_volume', 'aws_ebs_encryption_by_default'] },
  check(model) {
    // With encryption by default on for the account, a volume that says nothing is encrypted.
    const byDefault = model
      .ofType('aws_ebs_encryption_by_default')
      .some((resource) => readBool(prop(resource, 'enabled').node) !== false);
    return settingFindings(
      model,
      [
        { type: 'aws_ebs_volume', path: 'encrypted' },
        { type: 'AWS::EC2::Volume', path: 'Encrypted' },
      ],
      requireTrue(byDefault),
    );
  },
};

export default rule;
