import type { IacRule } from '../../../model/violation';
import { requirePresent, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-cloudtrail-not-kms-encrypted',
    title: 'CloudTrail logs are not encrypted with a KMS key',
    severity: 'medium',
    description:
      'Trail logs describe every action in the account. Encrypting them with a customer managed key means reading them needs a key permission as well as bucket access, and every read is itself logged.',
    remediation:
      'Set `kms_key_id` (`KMSKeyId`) to a customer managed key whose policy lets CloudTrail encrypt and your auditors decrypt.',
    links: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#kms_key_id',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'logging',
    compliance: {
      'cis-aws-3.0': ['3.5'],
      'nist-800-53-r5': ['AU-9', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['10.3.2'],
    },
    aliases: ['CKV_AWS_35', 'AVD-AWS-0015', 'aws-cloudtrail-encryption-customer-managed-key'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_cloudtrail', path: 'kms_key_id' },
        { type: 'AWS::CloudTrail::Trail', path: 'KMSKeyId' },
      ],
      requirePresent('logs are encrypted only with S3-managed keys'),
    ),
};

export default rule;
