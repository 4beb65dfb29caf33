import type { GcpAuditRule } from '../gcp-audit-rule';
import { keyId, userManagedKeys } from '../shared/service-account-keys';

const MAX_AGE_DAYS = 90;
const DAY_MS = 86_400_000;

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-iam-service-account-key-older-than-90-days',
    title: 'User-managed service account key is older than 90 days',
    severity: 'medium',
    description:
      'The longer a key lives, the more copies of it exist in backups, laptops and pipelines, and the longer a stolen copy keeps working. Rotating keys at least every 90 days bounds the damage of a leak nobody noticed.',
    remediation:
      'Create a new key, roll it out to the workload, then delete the old one; better, replace the key with Workload Identity Federation or an attached service account. The constraint iam.serviceAccountKeyExpiryHours makes new keys expire.',
    links: [
      'https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys#rotate-keys',
      'https://cloud.google.com/iam/docs/keys-create-delete',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'cis-gcp-3.0': ['1.7'],
      'nist-800-53-r5': ['IA-5', 'IA-5(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.7.4', '8.3.9'],
    },
    aliases: ['iam_sa_user_managed_key_rotate_90_days', 'iam_sa_key_rotate_90_days'],
  },
  needs: ['serviceAccountKeys'],
  check(context) {
    return userManagedKeys(context).flatMap(({ account, key, resource }) => {
      const since = Date.parse(key.validAfterTime ?? '');
      if (key.disabled || Number.isNaN(since)) return [];
      const days = Math.floor((context.now.getTime() - since) / DAY_MS);
      if (days <= MAX_AGE_DAYS) return [];
      return [
        context.flag(
          resource,
          `Key ${keyId(key)} of service account ${account.email} was created ${days} days ago (${key.validAfterTime}); keys should be rotated within ${MAX_AGE_DAYS} days.`,
        ),
      ];
    });
  },
};

export default rule;
