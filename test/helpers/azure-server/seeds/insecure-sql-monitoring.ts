import type { Expectation } from '../world';
import { list, rid } from './arm-bodies';

function firewallRule(serverId: string, name: string, start: string, end: string): unknown {
  return {
    id: `${serverId}/firewallRules/${name}`,
    name,
    type: 'Microsoft.Sql/servers/firewallRules',
    properties: { startIpAddress: start, endIpAddress: end },
  };
}

/** The insecure subscription's SQL server and activity-log export, with what they plant. */
export function insecureSqlAndMonitoring(sub: string): {
  resources: Record<string, unknown>;
  expectations: Expectation[];
} {
  const serverId = rid(sub, 'rg-legacy', 'Microsoft.Sql/servers', 'sql-legacy-01');
  const database = (name: string) => ({
    id: `${serverId}/databases/${name}`,
    name,
    type: 'Microsoft.Sql/servers/databases',
    location: 'westeurope',
    properties: { status: 'Online' },
  });
  const tde = (name: string, state: 'Enabled' | 'Disabled') =>
    list({
      id: `${serverId}/databases/${name}/transparentDataEncryption/Current`,
      name: 'Current',
      properties: { state },
    });
  const expect = (check: string, resource: string): Expectation => ({
    check: `azure-audit-${check}`,
    resource,
  });
  return {
    resources: {
      [`/subscriptions/${sub}/providers/Microsoft.Sql/servers`]: list({
        id: serverId,
        name: 'sql-legacy-01',
        type: 'Microsoft.Sql/servers',
        location: 'westeurope',
        kind: 'v12.0',
        properties: {
          version: '12.0',
          state: 'Ready',
          minimalTlsVersion: '1.0',
          publicNetworkAccess: 'Enabled',
        },
      }),
      [`${serverId}/firewallRules`]: list(
        firewallRule(serverId, 'AllowAll', '0.0.0.0', '255.255.255.255'),
        firewallRule(serverId, 'AllowAllWindowsAzureIps', '0.0.0.0', '0.0.0.0'),
        firewallRule(serverId, 'Office', '198.51.100.0', '198.51.100.255'),
      ),
      [`${serverId}/auditingSettings`]: list({
        id: `${serverId}/auditingSettings/default`,
        name: 'default',
        type: 'Microsoft.Sql/servers/auditingSettings',
        properties: { state: 'Disabled', retentionDays: 0 },
      }),
      [`${serverId}/databases`]: list(database('master'), database('billing'), database('reports')),
      [`${serverId}/databases/master/transparentDataEncryption`]: tde('master', 'Disabled'),
      [`${serverId}/databases/billing/transparentDataEncryption`]: tde('billing', 'Disabled'),
      [`${serverId}/databases/reports/transparentDataEncryption`]: tde('reports', 'Enabled'),
      [`/subscriptions/${sub}/providers/Microsoft.Insights/diagnosticSettings`]: list({
        id: `/subscriptions/${sub}/providers/microsoft.insights/diagnosticSettings/admin-only`,
        name: 'admin-only',
        properties: {
          storageAccountId: rid(sub, 'rg-legacy', 'Microsoft.Storage/storageAccounts', 'stlegacyexports'),
          logs: [
            { category: 'Administrative', enabled: true },
            { category: 'Security', enabled: false },
          ],
        },
      }),
    },
    expectations: [
      expect('sql-public-network-access', serverId),
      expect('sql-firewall-open-to-internet', `${serverId}/firewallRules/AllowAll`),
      expect('sql-firewall-allows-azure-services', `${serverId}/firewallRules/AllowAllWindowsAzureIps`),
      expect('sql-auditing-disabled', serverId),
      expect('sql-tde-disabled', `${serverId}/databases/billing`),
      expect('monitor-activity-log-export-missing', `/subscriptions/${sub}`),
    ],
  };
}
