import type { IacRule } from '../../../model/violation';
import { publicResourcePolicies } from '../shared/public-resource-policy';

const rule: IacRule = {
  meta: {
    id: 'aws-kms-key-policy-public',
    title: 'KMS key policy grants access to any principal',
    severity: 'critical',
    description:
      'The key policy is the first authority over a KMS key. A statement that allows `Principal: "*"` (typically with `kms:*`) without a condition on the caller lets any AWS account use the key to decrypt data, or take over the key itself.',
    remediation:
      "Grant the account root (`arn:aws:iam::<account>:root`) and the specific roles that use the key; restrict service use with `kms:ViaService` and `kms:CallerAccount` as in AWS's default key policy.",
    links: [
      'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
      'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['7.2.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: ['CKV_AWS_33'],
  },
  check: (model) => publicResourcePolicies(model, 'kms', 'key'),
};

export default rule;
