import { readText } from '../../../aws/aws-resource';
import type { IacRule } from '../../../model/violation';
import { requirePresent, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-secretsmanager-secret-customer-key',
    title: 'Secrets Manager secret uses the AWS managed key',
    severity: 'low',
    description:
      'Secrets encrypted with the default `aws/secretsmanager` key can be decrypted by any principal of the account allowed to read the secret. A customer managed key adds a key policy as a second gate and allows sharing across accounts.',
    remediation:
      'Set `kms_key_id` (`KmsKeyId`) to a customer managed KMS key whose policy names the roles that read the secret.',
    links: [
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/secretsmanager_secret#kms_key_id',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'secrets',
    compliance: {
      'nist-800-53-r5': ['SC-12', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.6.1'],
    },
    aliases: ['CKV_AWS_149', 'AVD-AWS-0098', 'aws-ssm-secret-use-customer-key'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_secretsmanager_secret', path: 'kms_key_id' },
        { type: 'AWS::SecretsManager::Secret', path: 'KmsKeyId' },
      ],
      (setting) => {
        const key = readText(setting.node);
        if (key === 'alias/aws/secretsmanager') return `${setting.name} names the AWS managed key`;
        return requirePresent('the AWS managed key encrypts it')(setting);
      },
    ),
};

export default rule;
