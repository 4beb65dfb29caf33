import type { RegionAuditRule } from '../../../engine/audit-rule';
import { rotates } from '../../../aws/kms-rotation';

const rule: RegionAuditRule = {
  meta: {
    id: 'aws-audit-kms-key-rotation-disabled',
    title: 'Customer managed KMS key does not rotate',
    severity: 'medium',
    description:
      'Automatic rotation gives a symmetric key new key material every year (or the period you choose) while old data stays decryptable, limiting how much data one compromised key version protects.',
    remediation: 'Enable automatic rotation on the key (aws kms enable-key-rotation --key-id <key>).',
    links: [
      'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
      'https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyRotationStatus.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'encryption',
    compliance: {
      'cis-aws-4.0.1': ['3.6'],
      'nist-800-53-r5': ['SC-12'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.7.4'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['kms_cmk_rotation_enabled'],
  },
  scope: 'region',
  needs: ['kms.keys'],
  check(context) {
    const keys = context.get('kms.keys') ?? [];
    return keys.flatMap((key) => {
      const metadata = context.use(key.metadata);
      if (!metadata || !rotates(metadata)) return [];
      if (context.use(key.rotationEnabled) !== false) return [];
      return [
        context.flag(
          metadata.Arn ?? key.keyId,
          `KMS key ${key.keyId} is customer managed and symmetric, and automatic rotation is off.`,
        ),
      ];
    });
  },
};

export default rule;
