import type { IacRule } from '../../../model/violation';
import { requireTrue, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-efs-unencrypted',
    title: 'EFS file system is not encrypted',
    severity: 'high',
    description:
      'EFS encryption at rest can only be chosen when the file system is created. An unencrypted file system keeps every file in clear on AWS storage for its whole life.',
    remediation:
      'Set `encrypted = true` (`Encrypted: true`) with a customer managed `kms_key_id`; copy the data to a new encrypted file system to fix an existing one.',
    links: [
      'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/efs_file_system#encrypted',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'cis-aws-3.0': ['2.4.1'],
      'nist-800-53-r5': ['SC-28', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['CKV_AWS_42', 'AVD-AWS-0037', 'aws-efs-enable-at-rest-encryption'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_efs_file_system', path: 'encrypted' },
        { type: 'AWS::EFS::FileSystem', path: 'Encrypted' },
      ],
      requireTrue(false),
    ),
};

export default rule;
