import type { GcpAuditRule } from '../gcp-audit-rule';

const MAX_SECONDS = 90 * 86_400;
const GONE = new Set(['DESTROYED', 'DESTROY_SCHEDULED']);

/** `7776000s` -> 7776000; undefined when absent or not a duration. */
function seconds(period: string | undefined): number | undefined {
  const match = /^(\d+(?:\.\d+)?)s$/.exec(period ?? '');
  return match ? Number(match[1]) : undefined;
}

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-kms-key-rotation-over-90-days',
    title: 'Cloud KMS symmetric key is not rotated at least every 90 days',
    severity: 'medium',
    description:
      'Automatic rotation makes a new key version the primary on a schedule, which limits how much data one version protects and how long a compromised version stays in use. Without a rotation period, or with one over 90 days, one key version keeps encrypting new data indefinitely.',
    remediation:
      'Set a rotation period of 90 days or less on the key (gcloud kms keys update KEY --keyring=RING --location=LOC --rotation-period=90d --next-rotation-time=...). Asymmetric keys cannot rotate automatically and are not reported.',
    links: ['https://cloud.google.com/kms/docs/key-rotation', 'https://cloud.google.com/kms/docs/rotate-key'],
    scanner: 'audit',
    platform: 'gcp',
    category: 'encryption',
    compliance: {
      'cis-gcp-3.0': ['1.10'],
      'nist-800-53-r5': ['SC-12'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.7.4'],
    },
    aliases: ['kms_key_rotation_enabled', 'kms_key_rotation_max_90_days'],
  },
  needs: ['kmsKeys'],
  check(context) {
    const inventory = context.get('kmsKeys');
    for (const reason of inventory?.unread ?? []) context.gap(reason);
    return (inventory?.keys ?? []).flatMap(({ key, location }) => {
      if (key.purpose !== 'ENCRYPT_DECRYPT' || GONE.has(key.primary?.state ?? '')) return [];
      const period = seconds(key.rotationPeriod);
      if (period !== undefined && period <= MAX_SECONDS) return [];
      return [
        context.flag(
          `//cloudkms.googleapis.com/${key.name}`,
          `Key ${key.name?.split('/').pop()} in ${location} ${period === undefined ? 'has no automatic rotation' : `rotates every ${Math.round(period / 86_400)} days`}.`,
          { region: location },
        ),
      ];
    });
  },
};

export default rule;
