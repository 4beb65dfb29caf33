import type { AzureAuditRule } from '../azure-audit-rule';
import { inRegion } from '../shared/resource-location';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-keyvault-public-network-access',
    title: 'Key vault accepts connections from all networks',
    severity: 'medium',
    description:
      'A vault reachable from any network depends on its access control alone: a stolen token or a misgranted role can be used from anywhere. The firewall or private endpoints limit where keys and secrets can be read from.',
    remediation:
      'Disable public network access and reach the vault through a private endpoint, or set the vault firewall default action to Deny and allow only the needed networks and trusted Azure services.',
    links: ['https://learn.microsoft.com/en-us/azure/key-vault/general/network-security'],
    scanner: 'audit',
    platform: 'azure',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1'],
    },
    aliases: ['keyvault_ensure_public_network_access_disabled'],
  },
  needs: ['keyVaults'],
  check(context) {
    const vaults = context.get('keyVaults') ?? [];
    return vaults
      .filter(
        (vault) =>
          vault.properties?.publicNetworkAccess?.toLowerCase() !== 'disabled' &&
          vault.properties?.networkAcls?.defaultAction !== 'Deny',
      )
      .map((vault) =>
        context.flag(
          vault.id ?? vault.name ?? 'key vault',
          `Key vault ${vault.name} accepts connections from all networks (firewall default action ${vault.properties?.networkAcls?.defaultAction ?? 'not set'}).`,
          inRegion(vault),
        ),
      );
  },
};

export default rule;
