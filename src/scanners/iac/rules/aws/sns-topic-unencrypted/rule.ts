import type { IacRule } from '../../../model/violation';
import { requirePresent, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-sns-topic-unencrypted',
    title: 'SNS topic is not encrypted',
    severity: 'medium',
    description:
      'SNS stores messages until they are delivered. Without a KMS key they are kept unencrypted at rest, including alerts and notifications that often carry account, order or personal details.',
    remediation:
      'Set `kms_master_key_id` (`KmsMasterKeyId`) to a customer managed key, or to `alias/aws/sns`.',
    links: [
      'https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sns_topic#kms_master_key_id',
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
    aliases: ['CKV_AWS_26', 'AVD-AWS-0095', 'aws-sns-enable-topic-encryption'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_sns_topic', path: 'kms_master_key_id' },
        { type: 'AWS::SNS::Topic', path: 'KmsMasterKeyId' },
      ],
      requirePresent('messages are stored unencrypted'),
    ),
};

export default rule;
