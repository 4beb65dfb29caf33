import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, flagNode, label, readBool, readText, setting } from '../../../azure/azure-resource';
import { SQL_SERVER, sqlServers } from '../../../azure/sql-view';

const rule: IacRule = {
  meta: {
    id: 'azure-sql-public-network-access',
    title: 'SQL server is reachable from public networks',
    severity: 'medium',
    description:
      'With public network access enabled, the server endpoint is exposed to the Internet and only its firewall rules stand between it and credential attacks; private endpoints keep it inside the network. Both formats enable public access unless told otherwise.',
    remediation:
      'Set `public_network_access_enabled = false` (Terraform) / `publicNetworkAccess: "Disabled"` (ARM) and connect through a private endpoint.',
    links: [
      'https://learn.microsoft.com/en-us/azure/azure-sql/database/connectivity-settings#deny-public-network-access',
      'https://learn.microsoft.com/en-us/azure/azure-sql/database/private-endpoint-overview',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'network',
    compliance: {
      'cis-azure-3.0': ['5.1.7'],
      'nist-800-53-r5': ['SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1'],
    },
    aliases: ['CKV_AZURE_113', 'AVD-AZU-0022', 'azure-database-no-public-access'],
  },
  check(model) {
    return sqlServers(model).flatMap((server) => {
      if (server.type === 'azurerm_sql_server') return [];
      const access = setting(server, SQL_SERVER.publicNetworkAccess);
      const text = readText(access.node);
      const open = text === undefined || readBool(access.node) === true || text.toLowerCase() === 'enabled';
      if (!open || text === 'unknown') return [];
      const why =
        text === undefined ? `${access.name} is not set, so public access is on` : describeSetting(access);
      return [
        flag(server, flagNode(access), `${label(server)} accepts connections from public networks: ${why}`),
      ];
    });
  },
};

export default rule;
