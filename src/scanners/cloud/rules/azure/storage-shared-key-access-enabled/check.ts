import type { AzureAuditRule } from '../azure-audit-rule';
import { inRegion } from '../shared/resource-location';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-storage-shared-key-access-enabled',
    title: 'Storage account accepts shared key authorization',
    severity: 'medium',
    description:
      'Account keys grant full control of every service in the account, never expire on their own and leave no identity in the logs; while shared key access is on, anyone holding a key or a SAS signed with it gets in.',
    remediation:
      'Move clients to Microsoft Entra ID authorization (managed identities and RBAC roles), then set "Allow storage account key access" to Disabled (allowSharedKeyAccess = false).',
    links: ['https://learn.microsoft.com/en-us/azure/storage/common/shared-key-authorization-prevent'],
    scanner: 'audit',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['IA-2', 'AC-3'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.3.1'],
      'hipaa-security-rule': ['164.312(d)'],
    },
    aliases: ['storage_account_key_access_disabled'],
  },
  needs: ['storageAccounts'],
  check(context) {
    const accounts = context.get('storageAccounts') ?? [];
    // Not written means allowed: Azure only refuses shared keys when the property is explicitly false.
    return accounts
      .filter((account) => account.allowSharedKeyAccess !== false)
      .map((account) =>
        context.flag(
          account.id ?? account.name ?? 'storage account',
          `Storage account ${account.name} accepts shared key authorization (allowSharedKeyAccess is ${account.allowSharedKeyAccess ?? 'not set'}).`,
          inRegion(account),
        ),
      );
  },
};

export default rule;
