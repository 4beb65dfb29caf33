import type { AzureAuditRule } from '../azure-audit-rule';
import { inRegion } from '../shared/resource-location';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-storage-blob-anonymous-access-allowed',
    title: 'Storage account allows anonymous read access to blobs',
    severity: 'high',
    description:
      'While the account allows anonymous access, any container set to blob or container access level serves its data to anyone with the URL, without a key, token or log of who read it; one wrong container setting becomes a data leak.',
    remediation:
      'Set "Allow Blob anonymous access" to Disabled (allowBlobPublicAccess = false) on the account; serve public content through a CDN or SAS tokens instead.',
    links: ['https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent'],
    scanner: 'audit',
    platform: 'azure',
    category: 'storage',
    compliance: {
      'cis-azure-3.0': ['4.17'],
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['1.4.1', '7.2.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: ['storage_blob_public_access_level_is_disabled'],
  },
  needs: ['storageAccounts'],
  check(context) {
    const accounts = context.get('storageAccounts') ?? [];
    // An account whose setting was never written (older accounts) allows anonymous access.
    return accounts
      .filter((account) => account.allowBlobPublicAccess !== false)
      .map((account) =>
        context.flag(
          account.id ?? account.name ?? 'storage account',
          account.allowBlobPublicAccess
            ? `Storage account ${account.name} allows anonymous blob access (allowBlobPublicAccess is true).`
            : `Storage account ${account.name} does not set allowBlobPublicAccess, so anonymous blob access is allowed.`,
          inRegion(account),
        ),
      );
  },
};

export default rule;
