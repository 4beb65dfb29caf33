import type { AzureAuditRule } from '../azure-audit-rule';
import { inRegion } from '../shared/resource-location';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-sql-auditing-disabled',
    title: 'SQL server auditing is off',
    severity: 'medium',
    description:
      'Without server auditing there is no record of logins, schema changes or data access on any of its databases, so misuse cannot be detected or investigated.',
    remediation:
      'Turn on auditing at the server level (state Enabled) with a Log Analytics workspace, event hub or storage account as destination, and keep the logs for at least 90 days.',
    links: ['https://learn.microsoft.com/en-us/azure/azure-sql/database/auditing-setup'],
    scanner: 'audit',
    platform: 'azure',
    category: 'logging',
    compliance: {
      'cis-azure-3.0': ['5.1.1'],
      'nist-800-53-r5': ['AU-2', 'AU-12'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.2.1'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: ['sqlserver_auditing_enabled'],
  },
  needs: ['sqlServers', 'sqlAuditing'],
  check(context) {
    const servers = context.get('sqlServers') ?? [];
    const auditing = context.get('sqlAuditing');
    if (!auditing) return [];
    return servers.flatMap((server) => {
      const policies = context.use(auditing.get(server.id ?? ''));
      if (!policies || policies.some((policy) => policy.state === 'Enabled')) return [];
      return [
        context.flag(
          server.id ?? server.name ?? 'SQL server',
          `SQL server ${server.name} has auditing off (state ${policies[0]?.state ?? 'not set'}).`,
          inRegion(server),
        ),
      ];
    });
  },
};

export default rule;
