import type { GcpAuditRule } from '../gcp-audit-rule';
import { keyId, userManagedKeys } from '../shared/service-account-keys';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-iam-user-managed-service-account-key',
    title: 'Service account has a user-managed key',
    severity: 'high',
    description:
      "A user-managed key is a long-lived private key that works from anywhere until it is deleted. Keys end up in repositories, laptops and CI variables, and a leaked one gives its holder the service account's access with no expiry and no second factor. Google-managed keys are rotated by Google and never leave it.",
    remediation:
      'Delete the key and authenticate the workload without one: attached service accounts on Google Cloud, Workload Identity for GKE, and Workload Identity Federation for GitHub Actions and other clouds. Enforce the constraint iam.disableServiceAccountKeyCreation.',
    links: [
      'https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys',
      'https://cloud.google.com/iam/docs/workload-identity-federation',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'cis-gcp-3.0': ['1.4'],
      'nist-800-53-r5': ['IA-5', 'IA-5(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1', '3.6.1', '7.2.1'],
      'hipaa-security-rule': ['164.308(a)(3)(i)', '164.312(a)(2)(i)', '164.312(d)'],
    },
    aliases: ['iam_sa_no_user_managed_keys'],
  },
  needs: ['serviceAccountKeys'],
  check(context) {
    return userManagedKeys(context).map(({ account, key, resource }) =>
      context.flag(
        resource,
        `Service account ${account.email} has user-managed key ${keyId(key)}${key.disabled ? ' (disabled, but it can be re-enabled)' : ''}, valid since ${key.validAfterTime ?? 'an unknown date'}.`,
      ),
    );
  },
};

export default rule;
