import type { AzureAuditRule } from '../azure-audit-rule';
import { flagFirewallRules } from '../shared/sql-firewall';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-sql-firewall-open-to-internet',
    title: 'SQL server firewall admits every IPv4 address',
    severity: 'critical',
    description:
      'A server-level firewall rule from 0.0.0.0 to 255.255.255.255 lets any host on the Internet reach the SQL endpoint and try logins, so the databases rest on their passwords alone.',
    remediation:
      'Delete the rule; allow only the client address ranges that need access, or disable public network access and use private endpoints.',
    links: ['https://learn.microsoft.com/en-us/azure/azure-sql/database/firewall-configure'],
    scanner: 'audit',
    platform: 'azure',
    category: 'network',
    compliance: {
      'cis-azure-3.0': ['5.1.2'],
      'nist-800-53-r5': ['SC-7', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: ['sqlserver_unrestricted_inbound_access'],
  },
  needs: ['sqlServers', 'sqlFirewallRules'],
  check(context) {
    return flagFirewallRules(
      context,
      (rule) => rule.startIpAddress === '0.0.0.0' && rule.endIpAddress === '255.255.255.255',
      (server, rule) =>
        `SQL server ${server.name} firewall rule ${rule.name} admits every address (${rule.startIpAddress} to ${rule.endIpAddress}).`,
    );
  },
};

export default rule;
