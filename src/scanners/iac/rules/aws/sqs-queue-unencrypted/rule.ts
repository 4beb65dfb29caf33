import { prop, readBool } from '../../../aws/aws-resource';
import type { IacRule } from '../../../model/violation';
import { settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-sqs-queue-unencrypted',
    title: 'SQS queue has server-side encryption turned off',
    severity: 'medium',
    description:
      'Messages wait in the queue for up to two weeks. With server-side encryption explicitly off and no KMS key, they sit unencrypted at rest.',
    remediation:
      'Remove `sqs_managed_sse_enabled = false` (`SqsManagedSseEnabled: false`), or better set `kms_master_key_id` (`KmsMasterKeyId`) to a customer managed key.',
    links: [
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/sqs_queue#sqs_managed_sse_enabled',
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
    aliases: ['CKV_AWS_27', 'AVD-AWS-0096', 'aws-sqs-enable-queue-encryption'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_sqs_queue', path: 'sqs_managed_sse_enabled' },
        { type: 'AWS::SQS::Queue', path: 'SqsManagedSseEnabled' },
      ],
      (setting) => {
        const key = prop(
          setting.resource,
          setting.resource.format === 'cloudformation' ? 'KmsMasterKeyId' : 'kms_master_key_id',
        );
        return readBool(setting.node) === false && key.node === undefined
          ? `${setting.name} is false and no KMS key is set`
          : undefined;
      },
    ),
};

export default rule;
