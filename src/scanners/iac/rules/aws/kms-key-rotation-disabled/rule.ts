import { prop, readText, type Setting } from '../../../aws/aws-resource';
import type { IacRule } from '../../../model/violation';
import { requireTrue, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-kms-key-rotation-disabled',
    title: 'KMS key rotation is not enabled',
    severity: 'medium',
    description:
      'A customer managed key that never rotates keeps encrypting new data with the same key material for years, widening what one exposure of that material would reveal. KMS rotates symmetric keys automatically once asked, without re-encrypting existing data.',
    remediation:
      'Set `enable_key_rotation = true` (`EnableKeyRotation: true`) on symmetric keys; asymmetric and HMAC keys cannot rotate automatically.',
    links: [
      'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key#enable_key_rotation',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'cis-aws-3.0': ['3.6'],
      'nist-800-53-r5': ['SC-12'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.7.4'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['CKV_AWS_7', 'AVD-AWS-0065', 'aws-kms-auto-rotate-keys'],
  },
  check(model) {
    const symmetric = (setting: Setting) => {
      const spec = readText(
        prop(
          setting.resource,
          setting.resource.format === 'cloudformation' ? 'KeySpec' : 'customer_master_key_spec',
        ).node,
      );
      return spec === undefined || spec === 'SYMMETRIC_DEFAULT';
    };
    return settingFindings(
      model,
      [
        { type: 'aws_kms_key', path: 'enable_key_rotation' },
        { type: 'AWS::KMS::Key', path: 'EnableKeyRotation' },
      ],
      (setting) => (symmetric(setting) ? requireTrue(false)(setting) : undefined),
    );
  },
};

export default rule;
