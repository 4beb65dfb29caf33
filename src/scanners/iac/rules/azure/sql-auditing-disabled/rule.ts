import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, flagNode, isArm, label } from '../../../azure/azure-resource';
import { serverAuditing, sqlServers } from '../../../azure/sql-view';

const rule: IacRule = {
  meta: {
    id: 'azure-sql-auditing-disabled',
    title: 'SQL server does not audit database activity',
    severity: 'medium',
    description:
      'Without server-level auditing there is no record of logins, queries and permission changes, so a breach or misuse of the database cannot be detected or investigated.',
    remediation:
      'Add an `azurerm_mssql_server_extended_auditing_policy` for the server (Terraform) or an `auditingSettings` child resource with `state: "Enabled"` (ARM), sending logs to Log Analytics, Event Hubs or storage.',
    links: [
      'https://learn.microsoft.com/en-us/azure/azure-sql/database/auditing-overview',
      'https://learn.microsoft.com/en-us/azure/azure-sql/database/auditing-setup',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'logging',
    compliance: {
      'cis-azure-3.0': ['5.1.1'],
      'nist-800-53-r5': ['AU-2', 'AU-12'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.2.1'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: ['CKV_AZURE_23', 'AVD-AZU-0027', 'azure-database-enable-audit'],
  },
  check(model) {
    return sqlServers(model).flatMap((server) => {
      const settings = serverAuditing(model, server);
      if (settings.some(({ enabled }) => enabled !== false)) return [];
      if (settings.length === 0) {
        const missing = isArm(server)
          ? 'no auditingSettings resource enables it'
          : 'no extended auditing policy refers to it';
        return [flag(server, undefined, `${label(server)} has no auditing: ${missing}`)];
      }
      return settings.map(({ setting }) =>
        flag(
          setting.resource,
          flagNode(setting),
          `${label(server)} has auditing switched off: ${describeSetting(setting)}`,
        ),
      );
    });
  },
};

export default rule;
