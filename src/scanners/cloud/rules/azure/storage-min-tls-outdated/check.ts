import type { AzureAuditRule } from '../azure-audit-rule';
import { inRegion } from '../shared/resource-location';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-storage-min-tls-outdated',
    title: 'Storage account accepts TLS versions older than 1.2',
    severity: 'medium',
    description:
      'TLS 1.0 and 1.1 have known weaknesses and are deprecated; an account that still accepts them lets an old or downgraded client send keys, SAS tokens and data over a protocol that no longer meets current standards.',
    remediation:
      'Set the minimum TLS version of the storage account to TLS1_2 (minimumTlsVersion), after checking in the account logs that no client still connects with an older version.',
    links: [
      'https://learn.microsoft.com/en-us/azure/storage/common/transport-layer-security-configure-minimum-version',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'encryption',
    compliance: {
      'cis-azure-3.0': ['4.15'],
      'nist-800-53-r5': ['SC-8', 'SC-13'],
      'soc2-2017': ['CC6.7'],
      'pci-dss-4.0': ['4.2.1'],
      'hipaa-security-rule': ['164.312(e)(2)(ii)'],
    },
    aliases: ['storage_ensure_minimum_tls_version_12'],
  },
  needs: ['storageAccounts'],
  check(context) {
    const accounts = context.get('storageAccounts') ?? [];
    return accounts
      .filter((account) => account.minimumTlsVersion !== 'TLS1_2' && account.minimumTlsVersion !== 'TLS1_3')
      .map((account) =>
        context.flag(
          account.id ?? account.name ?? 'storage account',
          account.minimumTlsVersion
            ? `Storage account ${account.name} accepts ${account.minimumTlsVersion.replace('_', ' ').replace('TLS1 ', 'TLS 1.')} (minimumTlsVersion is ${account.minimumTlsVersion}).`
            : `Storage account ${account.name} sets no minimum TLS version, so TLS 1.0 is accepted.`,
          inRegion(account),
        ),
      );
  },
};

export default rule;
