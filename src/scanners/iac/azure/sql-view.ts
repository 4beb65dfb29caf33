import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';
import {
  at,
  azureResources,
  isArm,
  PUBLIC_NETWORK_ACCESS,
  readBool,
  readText,
  same,
  setting,
  type Setting,
  type SettingPaths,
} from './azure-resource';
import { armChildren, referencing, unresolvedLink } from './resource-links';

export const SQL_SERVER_TYPES = {
  terraform: ['azurerm_mssql_server', 'azurerm_sql_server'],
  arm: ['Microsoft.Sql/servers'],
};

export const SQL_SERVER = {
  publicNetworkAccess: PUBLIC_NETWORK_ACCESS,
  minTls: { terraform: 'minimum_tls_version', arm: 'properties.minimalTlsVersion' },
  entraAdmin: { terraform: 'azuread_administrator', arm: 'properties.administrators' },
} satisfies Record<string, SettingPaths>;

export function sqlServers(model: IacModel): readonly Resource[] {
  return azureResources(model, SQL_SERVER_TYPES);
}

const AUDIT_POLICY = 'azurerm_mssql_server_extended_auditing_policy';

/**
 * The server-level auditing settings that apply to a server: the inline Terraform
 * block, separate auditing policy resources, or ARM `auditingSettings` children.
 * `enabled` is undefined when no setting is written at all.
 */
export function serverAuditing(
  model: IacModel,
  server: Resource,
): { setting: Setting; enabled: boolean | 'unknown' }[] {
  if (isArm(server)) {
    return [
      ...armChildren(model, server, 'auditingSettings'),
      ...armChildren(model, server, 'extendedAuditingSettings'),
    ].map((child) => {
      const state = setting(child, { arm: 'properties.state' });
      const text = readText(state.node);
      return { setting: state, enabled: text === 'unknown' ? 'unknown' : same(text, 'Enabled') };
    });
  }
  const inline = setting(server, { terraform: 'extended_auditing_policy' });
  const found: { setting: Setting; enabled: boolean | 'unknown' }[] = inline.node
    ? [{ setting: inline, enabled: true }]
    : [];
  for (const policy of referencing(model, server, [AUDIT_POLICY], 'server_id')) {
    const value = setting(policy, { terraform: 'enabled' });
    found.push({ setting: value, enabled: readBool(value.node) ?? true });
  }
  if (
    found.length === 0 &&
    unresolvedLink(model, server, [AUDIT_POLICY], 'server_id', SQL_SERVER_TYPES.terraform)
  ) {
    found.push({ setting: inline, enabled: 'unknown' });
  }
  return found;
}

/** Whether an Entra (Azure AD) administrator is set for the server, inline or as a separate resource. */
export function hasEntraAdmin(model: IacModel, server: Resource): boolean {
  if (setting(server, SQL_SERVER.entraAdmin).node) return true;
  if (isArm(server)) return armChildren(model, server, 'administrators').length > 0;
  return referencing(model, server, ['azurerm_sql_active_directory_administrator'], 'server_name').length > 0;
}

/** Transparent data encryption switches: Terraform databases and ARM `transparentDataEncryption` children. */
export function transparentDataEncryption(model: IacModel): Setting[] {
  return azureResources(model, {
    terraform: ['azurerm_mssql_database'],
    arm: ['Microsoft.Sql/servers/databases/transparentDataEncryption'],
  }).map((resource) =>
    setting(resource, {
      terraform: 'transparent_data_encryption_enabled',
      arm: at(resource.body, 'properties.state') ? 'properties.state' : 'properties.status',
    }),
  );
}

export const FIREWALL_RULE_TYPES = {
  terraform: [
    'azurerm_mssql_firewall_rule',
    'azurerm_sql_firewall_rule',
    'azurerm_postgresql_firewall_rule',
    'azurerm_postgresql_flexible_server_firewall_rule',
    'azurerm_mysql_firewall_rule',
    'azurerm_mysql_flexible_server_firewall_rule',
    'azurerm_mariadb_firewall_rule',
  ],
  arm: [
    'Microsoft.Sql/servers/firewallRules',
    'Microsoft.DBforPostgreSQL/servers/firewallRules',
    'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules',
    'Microsoft.DBforMySQL/servers/firewallRules',
    'Microsoft.DBforMySQL/flexibleServers/firewallRules',
    'Microsoft.DBforMariaDB/servers/firewallRules',
  ],
};

/** Database firewall rules with their start and end addresses as written. */
export function databaseFirewallRules(model: IacModel) {
  return azureResources(model, FIREWALL_RULE_TYPES).map((rule) => ({
    resource: rule,
    start: setting(rule, { terraform: 'start_ip_address', arm: 'properties.startIpAddress' }),
    end: setting(rule, { terraform: 'end_ip_address', arm: 'properties.endIpAddress' }),
  }));
}
