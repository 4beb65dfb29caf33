import type { AzureAuditRule } from '../azure-audit-rule';
import { inRegion } from '../shared/resource-location';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-storage-blob-soft-delete-disabled',
    title: 'Storage account does not keep deleted blobs and containers',
    severity: 'medium',
    description:
      'Without soft delete, a blob or container deleted by mistake, by a compromised key or by ransomware is gone at once; soft delete keeps it recoverable for the retention period.',
    remediation:
      'Enable soft delete for blobs and for containers in the blob service properties (deleteRetentionPolicy and containerDeleteRetentionPolicy), with a retention of at least 7 days.',
    links: ['https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-blob-overview'],
    scanner: 'audit',
    platform: 'azure',
    category: 'storage',
    compliance: {
      'cis-azure-3.0': ['4.10'],
      'nist-800-53-r5': ['CP-9', 'CP-10'],
      'soc2-2017': ['A1.2'],
      'hipaa-security-rule': ['164.308(a)(7)(ii)(A)'],
    },
    aliases: ['storage_ensure_soft_delete_is_enabled'],
  },
  needs: ['storageAccounts', 'blobServices'],
  check(context) {
    const accounts = context.get('storageAccounts') ?? [];
    const services = context.get('blobServices');
    if (!services) return [];
    return accounts.flatMap((account) => {
      const blob = context.use(services.get(account.id ?? ''))?.[0];
      if (!blob) return [];
      const off = [
        blob.deleteRetentionPolicy?.enabled !== true ? 'blobs' : '',
        blob.containerDeleteRetentionPolicy?.enabled !== true ? 'containers' : '',
      ].filter(Boolean);
      if (off.length === 0) return [];
      return [
        context.flag(
          account.id ?? account.name ?? 'storage account',
          `Storage account ${account.name} has soft delete off for ${off.join(' and ')}.`,
          inRegion(account),
        ),
      ];
    });
  },
};

export default rule;
