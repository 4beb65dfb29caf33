import type { AzureAuditRule } from '../azure-audit-rule';
import { flagFirewallRules } from '../shared/sql-firewall';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-sql-firewall-allows-azure-services',
    title: 'SQL server firewall admits every Azure service, including other tenants',
    severity: 'medium',
    description:
      'The rule from 0.0.0.0 to 0.0.0.0 ("Allow Azure services and resources to access this server") admits connections from any Azure address, including virtual machines and functions of other customers, not only your own services.',
    remediation:
      'Turn off "Allow Azure services and resources to access this server" and admit your services through virtual network rules or private endpoints.',
    links: [
      'https://learn.microsoft.com/en-us/azure/azure-sql/database/network-access-controls-overview#allow-azure-services',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'network',
    compliance: {
      'cis-azure-3.0': ['5.1.2'],
      'nist-800-53-r5': ['SC-7'],
      'soc2-2017': ['CC6.6'],
    },
    aliases: [],
  },
  needs: ['sqlServers', 'sqlFirewallRules'],
  check(context) {
    return flagFirewallRules(
      context,
      (rule) => rule.startIpAddress === '0.0.0.0' && rule.endIpAddress === '0.0.0.0',
      (server, rule) =>
        `SQL server ${server.name} firewall rule ${rule.name} admits every Azure service (0.0.0.0 to 0.0.0.0).`,
    );
  },
};

export default rule;
