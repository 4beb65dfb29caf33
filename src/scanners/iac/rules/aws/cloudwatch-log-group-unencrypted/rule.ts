import type { IacRule } from '../../../model/violation';
import { requirePresent, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-cloudwatch-log-group-unencrypted',
    title: 'CloudWatch log group is not encrypted with a KMS key',
    severity: 'low',
    description:
      'Log groups are encrypted by CloudWatch with service keys. Application and audit logs often hold personal data and tokens; a customer managed key lets you restrict and audit who can read them.',
    remediation:
      'Set `kms_key_id` (`KmsKeyId`) to a customer managed key whose policy allows the CloudWatch Logs service principal of the region.',
    links: [
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_group#kms_key_id',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'logging',
    compliance: {
      'nist-800-53-r5': ['AU-9', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['10.3.2'],
    },
    aliases: ['CKV_AWS_158', 'AVD-AWS-0017', 'aws-cloudwatch-log-group-customer-key'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_cloudwatch_log_group', path: 'kms_key_id' },
        { type: 'AWS::Logs::LogGroup', path: 'KmsKeyId' },
      ],
      requirePresent('only service-managed keys protect the logs'),
    ),
};

export default rule;
