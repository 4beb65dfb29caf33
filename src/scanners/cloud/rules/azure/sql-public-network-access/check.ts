import type { AzureAuditRule } from '../azure-audit-rule';
import { inRegion } from '../shared/resource-location';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-sql-public-network-access',
    title: 'SQL server accepts connections over its public endpoint',
    severity: 'medium',
    description:
      'With public network access enabled the server answers on a public address and its firewall rules decide who may connect; one broad rule exposes every database. Private endpoints keep the traffic on your networks.',
    remediation:
      'Reach the server through private endpoints and set public network access to Disabled (publicNetworkAccess = Disabled).',
    links: [
      'https://learn.microsoft.com/en-us/azure/azure-sql/database/connectivity-settings#deny-public-network-access',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'network',
    compliance: {
      'cis-azure-3.0': ['5.1.7'],
      'nist-800-53-r5': ['SC-7', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1'],
    },
    aliases: [],
  },
  needs: ['sqlServers'],
  check(context) {
    const servers = context.get('sqlServers') ?? [];
    return servers
      .filter((server) => server.publicNetworkAccess !== 'Disabled')
      .map((server) =>
        context.flag(
          server.id ?? server.name ?? 'SQL server',
          `SQL server ${server.name} accepts connections over its public endpoint (publicNetworkAccess is ${server.publicNetworkAccess ?? 'not set'}).`,
          inRegion(server),
        ),
      );
  },
};

export default rule;
