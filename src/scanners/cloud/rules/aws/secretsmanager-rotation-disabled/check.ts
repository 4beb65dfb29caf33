import type { RegionAuditRule } from '../../../engine/audit-rule';

const rule: RegionAuditRule = {
  meta: {
    id: 'aws-audit-secretsmanager-rotation-disabled',
    title: 'Secrets Manager secret is not rotated automatically',
    severity: 'medium',
    description:
      "A secret that never changes stays valid for as long as any copy of it survives: in a config file, a log, a former employee's notes. Automatic rotation bounds the life of every copy.",
    remediation:
      'Turn on rotation for the secret with a rotation function or managed rotation (RDS, Redshift and DocumentDB secrets have built-in ones) and a schedule of 90 days or less.',
    links: [
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html',
      'https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_ListSecrets.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'secrets',
    compliance: {
      'nist-800-53-r5': ['IA-5'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.6.3'],
      'hipaa-security-rule': ['164.308(a)(5)(ii)(D)'],
    },
    aliases: ['secretsmanager_automatic_rotation_enabled'],
  },
  scope: 'region',
  needs: ['secretsmanager.secrets'],
  check(context) {
    const secrets = context.get('secretsmanager.secrets') ?? [];
    return secrets
      .filter((secret) => secret.RotationEnabled !== true && secret.ARN && !secret.DeletedDate)
      .map((secret) =>
        context.flag(secret.ARN!, `Secret ${secret.Name ?? secret.ARN} has no automatic rotation.`),
      );
  },
};

export default rule;
