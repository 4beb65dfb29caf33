import type { AzureAuditRule } from '../azure-audit-rule';
import { inRegion } from '../shared/resource-location';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-sql-tde-disabled',
    title: 'SQL database is stored without transparent data encryption',
    severity: 'high',
    description:
      'Transparent data encryption protects data files, logs and backups at rest; a database with it off leaves its contents readable in copied backups and storage media.',
    remediation: 'Turn on transparent data encryption (state Enabled) for the database.',
    links: [
      'https://learn.microsoft.com/en-us/azure/azure-sql/database/transparent-data-encryption-tde-overview',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'encryption',
    compliance: {
      'cis-azure-3.0': ['5.1.5'],
      'nist-800-53-r5': ['SC-28'],
      'soc2-2017': ['C1.1'],
      'pci-dss-4.0': ['3.5.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['sqlserver_tde_encryption_enabled'],
  },
  needs: ['sqlServers', 'sqlDatabases'],
  check(context) {
    const servers = context.get('sqlServers') ?? [];
    const databases = context.get('sqlDatabases');
    if (!databases) return [];
    return servers.flatMap((server) =>
      (context.use(databases.get(server.id ?? '')) ?? [])
        .filter(({ encryption }) => encryption.some((setting) => setting.state === 'Disabled'))
        .map(({ database }) =>
          context.flag(
            database.id ?? `${server.id}/databases/${database.name}`,
            `Database ${database.name} on SQL server ${server.name} has transparent data encryption off.`,
            inRegion(database),
          ),
        ),
    );
  },
};

export default rule;
