import type { AzureSeed, SubscriptionSeed } from '../world';
import { list, rid, storageAccount, vault } from './arm-bodies';
import { nsg, type RuleSpec } from './network-bodies';

export const DRIFT_SUB = 'd1f7a3c5-2b4e-4f60-9a8b-7c6d5e4f3a21';

const S = DRIFT_SUB;
const P = `/subscriptions/${S}/providers`;

/** The security group nobody declared, made by hand in the portal. */
export const UNMANAGED_NSG = rid(
  S,
  'rg-shop-network',
  'Microsoft.Network/networkSecurityGroups',
  'nsg-shop-debug',
);
export const SQL_SERVER = rid(S, 'rg-shop-data', 'Microsoft.Sql/servers', 'sql-shop-orders-01');

const FRONT_DOOR: RuleSpec = {
  name: 'AllowHttpsFromFrontDoor',
  priority: 100,
  access: 'Allow',
  source: 'AzureFrontDoor.Backend',
  ports: '443',
};

/**
 * The live side of test/fixtures/drift-azure/project: everything as the code declares it, except that the
 * storage account's minimum TLS version was lowered and the bastion SSH rule opened to the Internet by hand,
 * plus one security group made in the portal. A storage account of another team's resource group is there
 * too and must not count as unmanaged.
 */
export function driftSubscription(): SubscriptionSeed {
  return {
    id: S,
    displayName: 'Shop production',
    resources: {
      [`${P}/Microsoft.Storage/storageAccounts`]: list(
        storageAccount(S, 'rg-shop-data', 'stshopdata01', {
          supportsHttpsTrafficOnly: true,
          minimumTlsVersion: 'TLS1_0',
          allowBlobPublicAccess: false,
          allowSharedKeyAccess: false,
          publicNetworkAccess: 'Enabled',
        }),
        storageAccount(S, 'rg-analytics', 'stanalyticsraw01', {
          supportsHttpsTrafficOnly: true,
          minimumTlsVersion: 'TLS1_2',
          allowBlobPublicAccess: false,
        }),
      ),
      [`${P}/Microsoft.Network/networkSecurityGroups`]: list(
        nsg(S, 'rg-shop-network', 'nsg-shop-app', 'westeurope', [
          FRONT_DOOR,
          { name: 'AllowSshFromBastion', priority: 110, access: 'Allow', source: 'Internet', ports: '22' },
        ]),
        nsg(S, 'rg-shop-network', 'nsg-shop-data', 'westeurope', [
          { name: 'AllowSqlFromApp', priority: 100, access: 'Allow', source: '10.30.1.0/24', ports: '1433' },
        ]),
        nsg(S, 'rg-shop-network', 'nsg-shop-debug', 'westeurope', [
          { name: 'AllowRdpTemp', priority: 100, access: 'Allow', source: '198.51.100.7', ports: '3389' },
        ]),
        nsg(S, 'MC_rg-aks_aks-shop_westeurope', 'aks-agentpool-31415926-nsg', 'westeurope', []),
      ),
      [`${P}/Microsoft.KeyVault/vaults`]: list(
        vault(S, 'rg-shop-security', 'kv-shop-prod-01', {
          enableSoftDelete: true,
          softDeleteRetentionInDays: 90,
          enablePurgeProtection: true,
          enableRbacAuthorization: true,
          publicNetworkAccess: 'Disabled',
        }),
      ),
      [`${P}/Microsoft.Sql/servers`]: list({
        id: SQL_SERVER,
        name: 'sql-shop-orders-01',
        type: 'Microsoft.Sql/servers',
        location: 'westeurope',
        kind: 'v12.0',
        properties: {
          version: '12.0',
          state: 'Ready',
          minimalTlsVersion: '1.2',
          publicNetworkAccess: 'Enabled',
        },
      }),
      [`${SQL_SERVER}/firewallRules`]: list(firewallRule('office', '203.0.113.0', '203.0.113.255')),
    },
  };
}

export function firewallRule(name: string, start: string, end: string): unknown {
  return {
    id: `${SQL_SERVER}/firewallRules/${name}`,
    name,
    type: 'Microsoft.Sql/servers/firewallRules',
    properties: { startIpAddress: start, endIpAddress: end },
  };
}

export function driftSubscriptionSeed(): AzureSeed {
  return {
    subscriptions: [driftSubscription()],
    expectations: [
      { check: 'azure-drift-setting-changed', resource: 'azurerm_storage_account.data' },
      { check: 'azure-drift-setting-changed', resource: 'azurerm_network_security_group.app' },
      { check: 'azure-drift-unmanaged-resource', resource: UNMANAGED_NSG },
    ],
  };
}
