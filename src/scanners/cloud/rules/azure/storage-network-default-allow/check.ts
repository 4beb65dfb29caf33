import type { AzureAuditRule } from '../azure-audit-rule';
import { inRegion } from '../shared/resource-location';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-storage-network-default-allow',
    title: 'Storage account accepts connections from all networks',
    severity: 'high',
    description:
      'With public network access enabled and the firewall default action Allow, the account endpoints answer requests from any address, so a leaked key or SAS token can be used from anywhere on the Internet.',
    remediation:
      'Set the account firewall default action to Deny and allow only the needed virtual networks, IP ranges and trusted services, or disable public network access and use private endpoints.',
    links: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security'],
    scanner: 'audit',
    platform: 'azure',
    category: 'network',
    compliance: {
      'cis-azure-3.0': ['4.6', '4.7'],
      'nist-800-53-r5': ['SC-7', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: ['storage_default_network_access_rule_is_denied'],
  },
  needs: ['storageAccounts'],
  check(context) {
    const accounts = context.get('storageAccounts') ?? [];
    return accounts
      .filter(
        (account) =>
          account.publicNetworkAccess !== 'Disabled' && account.networkRuleSet?.defaultAction !== 'Deny',
      )
      .map((account) =>
        context.flag(
          account.id ?? account.name ?? 'storage account',
          `Storage account ${account.name} accepts connections from all networks (network default action is ${account.networkRuleSet?.defaultAction ?? 'not set'}, public network access ${account.publicNetworkAccess ?? 'not set'}).`,
          inRegion(account),
        ),
      );
  },
};

export default rule;
