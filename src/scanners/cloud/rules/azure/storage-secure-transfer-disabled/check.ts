import type { AzureAuditRule } from '../azure-audit-rule';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-storage-secure-transfer-disabled',
    title: 'Storage account accepts unencrypted HTTP requests',
    severity: 'high',
    description:
      'With secure transfer off, a storage account answers plain HTTP and SMB without encryption, so shared keys, SAS tokens and data cross the network readable by anyone on the path.',
    remediation:
      'Turn on "Secure transfer required" (supportsHttpsTrafficOnly = true) on the storage account; clients must then use HTTPS and SMB 3 with encryption.',
    links: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer'],
    scanner: 'audit',
    platform: 'azure',
    category: 'encryption',
    compliance: {
      'cis-azure-3.0': ['4.1'],
      'nist-800-53-r5': ['SC-8'],
      'soc2-2017': ['CC6.7'],
      'pci-dss-4.0': ['4.2.1'],
      'hipaa-security-rule': ['164.312(e)(1)'],
    },
    aliases: ['storage_secure_transfer_required_is_enabled'],
  },
  needs: ['storageAccounts'],
  check(context) {
    const accounts = context.get('storageAccounts') ?? [];
    return accounts
      .filter((account) => account.enableHttpsTrafficOnly === false)
      .map((account) =>
        context.flag(
          account.id ?? account.name ?? 'storage account',
          `Storage account ${account.name} accepts requests over plain HTTP (secure transfer is off).`,
          account.location ? { region: account.location } : {},
        ),
      );
  },
};

export default rule;
