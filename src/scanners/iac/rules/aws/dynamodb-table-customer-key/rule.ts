import { readBool } from '../../../aws/aws-resource';
import type { IacRule } from '../../../model/violation';
import { settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-dynamodb-table-customer-key',
    title: 'DynamoDB table is encrypted with an AWS owned key',
    severity: 'low',
    description:
      'DynamoDB always encrypts tables, but with an AWS owned key nobody in your account can audit or restrict its use. A customer managed key adds a second permission on every read and logs each use in CloudTrail.',
    remediation:
      'Add `server_side_encryption { enabled = true, kms_key_arn = ... }` (`SSESpecification: { SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: ... }`).',
    links: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dynamodb_table#server_side_encryption',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'nist-800-53-r5': ['SC-12', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1'],
    },
    aliases: ['CKV_AWS_119', 'AVD-AWS-0025', 'aws-dynamodb-table-customer-key'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_dynamodb_table', path: 'server_side_encryption.enabled' },
        { type: 'AWS::DynamoDB::Table', path: 'SSESpecification.SSEEnabled' },
      ],
      (setting) => {
        const value = readBool(setting.node);
        if (value === false) return `${setting.name} is false: the table uses an AWS owned key`;
        return value === undefined
          ? `${setting.name} is not set: the table uses an AWS owned key`
          : undefined;
      },
    ),
};

export default rule;
