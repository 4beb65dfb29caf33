import type { SubscriptionSeed } from '../world';
import { APPS } from './graph-directory';
import { managedIdentity } from './managed-identities';
import {
  ALERTED_OPERATIONS,
  activityLogAlert,
  blobService,
  CONTRIBUTOR,
  DEFENDER_PLANS,
  list,
  OWNER,
  pricing,
  READER,
  rid,
  roleAssignment,
  storageAccount,
  vault,
  vaultItem,
} from './arm-bodies';
import { networkWatcher, nic, nsg, publicIp, virtualNetwork } from './network-bodies';

export const CLEAN_SUB = '5b1e4c2a-9d3f-4a6b-8c7e-2f1a0b9c8d7e';

const S = CLEAN_SUB;
const P = `/subscriptions/${S}/providers`;
const EXPIRES = 1830297600; // 2028-01-01

/** Ids the resources of the hardened subscription refer to each other by. */
const vnetId = rid(S, 'rg-network', 'Microsoft.Network/virtualNetworks', 'vnet-prod');
const appSubnet = `${vnetId}/subnets/app`;
const ipId = rid(S, 'rg-network', 'Microsoft.Network/publicIPAddresses', 'pip-app-01');
const vmId = rid(S, 'rg-app', 'Microsoft.Compute/virtualMachines', 'vm-app-01');
const accountId = rid(S, 'rg-data', 'Microsoft.Storage/storageAccounts', 'stprodlogs01');
const vaultId = rid(S, 'rg-security', 'Microsoft.KeyVault/vaults', 'kv-prod-01');
const serverId = rid(S, 'rg-data', 'Microsoft.Sql/servers', 'sql-prod-01');
const deployer = managedIdentity(S, 'id-deployer', '50000000-0000-4000-8000-0000000000d1', {
  name: 'release-tags',
  subject: 'repo:octo-org@81234567/platform@91234567:environment:production',
});

function identityAndNetwork(): Record<string, unknown> {
  return {
    [`${P}/Microsoft.ManagedIdentity/userAssignedIdentities`]: list(deployer.list),
    [deployer.credentialsPath]: deployer.credentials,
    [`${P}/Microsoft.Network/networkSecurityGroups`]: list(
      nsg(
        S,
        'rg-network',
        'nsg-app',
        'westeurope',
        [
          {
            name: 'AllowHTTPSFromLoadBalancer',
            priority: 100,
            access: 'Allow',
            source: 'AzureLoadBalancer',
            ports: '443',
          },
          {
            name: 'AllowHTTPSFromPartner',
            priority: 110,
            access: 'Allow',
            source: '198.51.100.0/24',
            ports: '443',
          },
          { name: 'DenyAllInbound', priority: 200, access: 'Deny', source: '*', ports: '*', protocol: '*' },
          // Shadowed by DenyAllInbound above: Azure never reaches it for Internet traffic.
          { name: 'Allow-SSH', priority: 300, access: 'Allow', source: '*', ports: '22' },
          {
            name: 'AllowRDPFromAnywhere',
            priority: 310,
            access: 'Allow',
            source: 'Internet',
            ports: '3389',
          },
        ],
        { subnets: [appSubnet] },
      ),
    ),
    [`${P}/Microsoft.Network/virtualNetworks`]: list(
      virtualNetwork(S, 'rg-network', 'vnet-prod', 'westeurope', ['app', 'data']),
    ),
    [`${P}/Microsoft.Network/networkInterfaces`]: list(
      nic(S, 'rg-app', 'nic-app-01', 'westeurope', { subnet: appSubnet, publicIp: ipId, vm: vmId }),
    ),
    [`${P}/Microsoft.Network/publicIPAddresses`]: list(
      publicIp(S, 'rg-network', 'pip-app-01', 'westeurope', '20.61.14.7'),
    ),
    [`${P}/Microsoft.Network/networkWatchers`]: list(networkWatcher(S, 'westeurope')),
  };
}

function dataServices(): Record<string, unknown> {
  return {
    [`${P}/Microsoft.Storage/storageAccounts`]: list(
      storageAccount(S, 'rg-data', 'stprodlogs01', {
        supportsHttpsTrafficOnly: true,
        minimumTlsVersion: 'TLS1_2',
        allowBlobPublicAccess: false,
        allowSharedKeyAccess: false,
        publicNetworkAccess: 'Enabled',
        networkAcls: {
          bypass: 'AzureServices',
          defaultAction: 'Deny',
          ipRules: [],
          virtualNetworkRules: [],
        },
        encryption: { keySource: 'Microsoft.Storage', requireInfrastructureEncryption: true },
      }),
    ),
    [`${accountId}/blobServices`]: blobService(accountId, true, true),
    [`${P}/Microsoft.KeyVault/vaults`]: list(
      vault(S, 'rg-security', 'kv-prod-01', {
        enableSoftDelete: true,
        softDeleteRetentionInDays: 90,
        enablePurgeProtection: true,
        enableRbacAuthorization: true,
        publicNetworkAccess: 'Disabled',
        networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny' },
      }),
    ),
    [`${vaultId}/keys`]: list(
      vaultItem(vaultId, 'keys', 'cmk-storage', { exp: EXPIRES }),
      vaultItem(vaultId, 'keys', 'retired-signing', { enabled: false }),
    ),
    [`${vaultId}/secrets`]: list(vaultItem(vaultId, 'secrets', 'db-password', { exp: EXPIRES })),
    [`${P}/Microsoft.Sql/servers`]: list({
      id: serverId,
      name: 'sql-prod-01',
      type: 'Microsoft.Sql/servers',
      location: 'westeurope',
      kind: 'v12.0',
      properties: {
        version: '12.0',
        state: 'Ready',
        minimalTlsVersion: '1.2',
        publicNetworkAccess: 'Disabled',
      },
    }),
    [`${serverId}/auditingSettings`]: list({
      id: `${serverId}/auditingSettings/default`,
      name: 'default',
      type: 'Microsoft.Sql/servers/auditingSettings',
      properties: { state: 'Enabled', isAzureMonitorTargetEnabled: true, retentionDays: 90 },
    }),
    [`${serverId}/databases`]: list(
      {
        id: `${serverId}/databases/master`,
        name: 'master',
        type: 'Microsoft.Sql/servers/databases',
        location: 'westeurope',
        properties: {},
      },
      {
        id: `${serverId}/databases/orders`,
        name: 'orders',
        type: 'Microsoft.Sql/servers/databases',
        location: 'westeurope',
        properties: { status: 'Online' },
      },
    ),
    [`${serverId}/databases/orders/transparentDataEncryption`]: list({
      id: `${serverId}/databases/orders/transparentDataEncryption/Current`,
      name: 'Current',
      properties: { state: 'Enabled' },
    }),
  };
}

function monitoringAccessAndClusters(): Record<string, unknown> {
  return {
    [`${P}/Microsoft.Insights/diagnosticSettings`]: list({
      id: `/subscriptions/${S}/providers/microsoft.insights/diagnosticSettings/activity-to-law`,
      name: 'activity-to-law',
      properties: {
        workspaceId: rid(S, 'rg-monitoring', 'Microsoft.OperationalInsights/workspaces', 'law-security'),
        logs: [
          'Administrative',
          'Security',
          'ServiceHealth',
          'Alert',
          'Recommendation',
          'Policy',
          'Autoscale',
          'ResourceHealth',
        ].map((category) => ({ category, enabled: true })),
      },
    }),
    [`${P}/microsoft.insights/activityLogAlerts`]: list(
      ...ALERTED_OPERATIONS.map((operation, index) => activityLogAlert(S, `alert-${index + 1}`, operation)),
    ),
    [`${P}/Microsoft.Security/pricings`]: list(...DEFENDER_PLANS.map((plan) => pricing(S, plan, 'Standard'))),
    [`${P}/Microsoft.Security/securityContacts`]: list({
      id: `${P}/Microsoft.Security/securityContacts/default`,
      name: 'default',
      type: 'Microsoft.Security/securityContacts',
      properties: {
        email: 'secops@contoso.example',
        phone: '',
        alertNotifications: 'On',
        alertsToAdmins: 'On',
      },
    }),
    [`${P}/Microsoft.Authorization/roleDefinitions`]: list({
      id: `${P}/Microsoft.Authorization/roleDefinitions/3c1b7a52-8f1e-4a5e-9d2c-7b6a5f4e3d21`,
      name: '3c1b7a52-8f1e-4a5e-9d2c-7b6a5f4e3d21',
      type: 'Microsoft.Authorization/roleDefinitions',
      properties: {
        roleName: 'VM Operator',
        type: 'CustomRole',
        permissions: [
          {
            actions: [
              'Microsoft.Compute/virtualMachines/start/action',
              'Microsoft.Compute/virtualMachines/restart/action',
            ],
            notActions: [],
          },
        ],
        assignableScopes: [`/subscriptions/${S}`],
      },
    }),
    [`${P}/Microsoft.Authorization/roleAssignments`]: list(
      roleAssignment(
        S,
        'a1000000-0000-4000-8000-000000000001',
        `/subscriptions/${S}`,
        OWNER,
        '11111111-aaaa-4000-8000-000000000001',
      ),
      roleAssignment(
        S,
        'a1000000-0000-4000-8000-000000000002',
        `/subscriptions/${S}`,
        OWNER,
        '11111111-aaaa-4000-8000-000000000002',
        'Group',
      ),
      roleAssignment(
        S,
        'a1000000-0000-4000-8000-000000000003',
        `/subscriptions/${S}/resourceGroups/rg-app`,
        CONTRIBUTOR,
        '11111111-aaaa-4000-8000-000000000003',
      ),
      roleAssignment(
        S,
        'a1000000-0000-4000-8000-000000000004',
        `/subscriptions/${S}`,
        READER,
        'ee000000-0000-4000-8000-00000000bbbb',
      ),
      roleAssignment(
        S,
        'a1000000-0000-4000-8000-000000000005',
        `/subscriptions/${S}`,
        CONTRIBUTOR,
        APPS.deployProd.principalId,
        'ServicePrincipal',
      ),
      roleAssignment(
        S,
        'a1000000-0000-4000-8000-000000000006',
        `/subscriptions/${S}`,
        READER,
        APPS.previewReader.principalId,
        'ServicePrincipal',
      ),
      roleAssignment(
        S,
        'a1000000-0000-4000-8000-000000000007',
        `/subscriptions/${S}/resourceGroups/rg-app`,
        CONTRIBUTOR,
        '50000000-0000-4000-8000-0000000000d1',
        'ServicePrincipal',
      ),
    ),
    [`${P}/Microsoft.ContainerService/managedClusters`]: list({
      id: rid(S, 'rg-aks', 'Microsoft.ContainerService/managedClusters', 'aks-prod'),
      name: 'aks-prod',
      type: 'Microsoft.ContainerService/ManagedClusters',
      location: 'westeurope',
      properties: {
        kubernetesVersion: '1.32.5',
        enableRBAC: true,
        disableLocalAccounts: true,
        aadProfile: {
          managed: true,
          enableAzureRBAC: true,
          adminGroupObjectIDs: ['7d9b1c2e-0000-4000-8000-00000000a0a0'],
        },
        apiServerAccessProfile: { enablePrivateCluster: true },
        networkProfile: { networkPlugin: 'azure', networkPolicy: 'cilium', networkDataplane: 'cilium' },
      },
    }),
  };
}

/** A hardened subscription: every check passes and every dataset is readable. */
export function cleanSubscription(): SubscriptionSeed {
  return {
    id: S,
    displayName: 'Production (hardened)',
    resources: { ...identityAndNetwork(), ...dataServices(), ...monitoringAccessAndClusters() },
  };
}
