import type { GcpAuditRule } from '../gcp-audit-rule';
import { PUBLIC_MEMBERS, describeGrants, grantsMatching } from '../shared/iam-bindings';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-kms-key-public',
    title: 'Cloud KMS key grants a role to allUsers or allAuthenticatedUsers',
    severity: 'critical',
    description:
      'A key role granted to allUsers or allAuthenticatedUsers lets anyone use, inspect or manage the key. Anyone able to decrypt with it can read every piece of data it protects, and anyone able to destroy it can make that data unrecoverable.',
    remediation:
      'Remove allUsers and allAuthenticatedUsers from the key IAM policy (gcloud kms keys remove-iam-policy-binding) and grant the encrypter or decrypter role only to the service accounts or service agents that use the key.',
    links: [
      'https://cloud.google.com/kms/docs/iam',
      'https://cloud.google.com/kms/docs/reference/permissions-and-roles',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'encryption',
    compliance: {
      'cis-gcp-3.0': ['1.9'],
      'nist-800-53-r5': ['AC-3', 'SC-12'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1', '3.6.1'],
    },
    aliases: ['kms_key_not_publicly_accessible'],
  },
  needs: ['kmsKeys'],
  check(context) {
    const inventory = context.get('kmsKeys');
    for (const reason of inventory?.unread ?? []) context.gap(reason);
    return (inventory?.keys ?? []).flatMap(({ key, location, policy }) => {
      const grants = grantsMatching(context.use(policy), (_role, member) => PUBLIC_MEMBERS.has(member));
      if (grants.length === 0) return [];
      return [
        context.flag(
          `//cloudkms.googleapis.com/${key.name}`,
          `Key ${key.name?.split('/').pop()} in ${location} grants ${grants.map((grant) => `${describeGrants(grant)} to ${grant.member}`).join('; ')}.`,
          { region: location },
        ),
      ];
    });
  },
};

export default rule;
