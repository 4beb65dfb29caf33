/**
 * ARM REST bodies as Azure sends them (resource settings nested under `properties`, wire names), for the
 * seeded subscriptions. Each builder takes only what a seed varies.
 */

export const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';
export const CONTRIBUTOR = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
export const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';

/** Every activity-log operation the alert checks look for. */
export const ALERTED_OPERATIONS = [
  'Microsoft.Network/networkSecurityGroups/write',
  'Microsoft.Network/networkSecurityGroups/delete',
  'Microsoft.Authorization/policyAssignments/write',
  'Microsoft.Authorization/policyAssignments/delete',
  'Microsoft.Security/securitySolutions/write',
  'Microsoft.Security/securitySolutions/delete',
  'Microsoft.Sql/servers/firewallRules/write',
  'Microsoft.Sql/servers/firewallRules/delete',
  'Microsoft.Network/publicIPAddresses/write',
  'Microsoft.Network/publicIPAddresses/delete',
];

export function rid(sub: string, rg: string, type: string, name: string): string {
  return `/subscriptions/${sub}/resourceGroups/${rg}/providers/${type}/${name}`;
}

export function list(...value: unknown[]): { value: unknown[] } {
  return { value };
}

export function storageAccount(
  sub: string,
  rg: string,
  name: string,
  properties: Record<string, unknown>,
): unknown {
  return {
    id: rid(sub, rg, 'Microsoft.Storage/storageAccounts', name),
    name,
    type: 'Microsoft.Storage/storageAccounts',
    location: 'westeurope',
    kind: 'StorageV2',
    sku: { name: 'Standard_ZRS', tier: 'Standard' },
    properties: { provisioningState: 'Succeeded', accessTier: 'Hot', ...properties },
  };
}

export function blobService(accountId: string, blobs: boolean, containers: boolean): unknown {
  return list({
    id: `${accountId}/blobServices/default`,
    name: 'default',
    type: 'Microsoft.Storage/storageAccounts/blobServices',
    properties: {
      deleteRetentionPolicy: blobs ? { enabled: true, days: 14 } : { enabled: false },
      containerDeleteRetentionPolicy: containers ? { enabled: true, days: 14 } : { enabled: false },
    },
  });
}

export function vault(sub: string, rg: string, name: string, properties: Record<string, unknown>): unknown {
  return {
    id: rid(sub, rg, 'Microsoft.KeyVault/vaults', name),
    name,
    type: 'Microsoft.KeyVault/vaults',
    location: 'westeurope',
    properties: {
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      sku: { family: 'A', name: 'standard' },
      vaultUri: `https://${name}.vault.azure.net/`,
      provisioningState: 'Succeeded',
      ...properties,
    },
  };
}

/** A vault key or secret as ARM lists it; `exp` in seconds since the epoch. */
export function vaultItem(
  vaultId: string,
  kind: 'keys' | 'secrets',
  name: string,
  attributes: { enabled?: boolean; exp?: number },
): unknown {
  return {
    id: `${vaultId}/${kind}/${name}`,
    name,
    type: `Microsoft.KeyVault/vaults/${kind}`,
    location: 'westeurope',
    properties: {
      attributes: {
        enabled: attributes.enabled ?? true,
        created: 1735689600,
        updated: 1735689600,
        ...attributes,
      },
      ...(kind === 'keys' ? { kty: 'RSA', keySize: 3072 } : { contentType: 'text/plain' }),
    },
  };
}

export function roleAssignment(
  sub: string,
  name: string,
  scope: string,
  role: string,
  principal: string,
  type = 'User',
): unknown {
  return {
    id: `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
    name,
    type: 'Microsoft.Authorization/roleAssignments',
    properties: {
      scope,
      roleDefinitionId: `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${role}`,
      principalId: principal,
      principalType: type,
    },
  };
}

export function activityLogAlert(sub: string, name: string, operation: string): unknown {
  return {
    id: rid(sub, 'rg-monitoring', 'microsoft.insights/activityLogAlerts', name),
    name,
    type: 'Microsoft.Insights/ActivityLogAlerts',
    location: 'Global',
    properties: {
      scopes: [`/subscriptions/${sub}`],
      enabled: true,
      condition: {
        allOf: [
          { field: 'category', equals: 'Administrative' },
          { field: 'operationName', equals: operation },
        ],
      },
      actions: {
        actionGroups: [
          { actionGroupId: rid(sub, 'rg-monitoring', 'microsoft.insights/actionGroups', 'secops') },
        ],
      },
    },
  };
}

export function pricing(sub: string, name: string, tier: 'Free' | 'Standard'): unknown {
  return {
    id: `/subscriptions/${sub}/providers/Microsoft.Security/pricings/${name}`,
    name,
    type: 'Microsoft.Security/pricings',
    properties: { pricingTier: tier },
  };
}

export const DEFENDER_PLANS = [
  'VirtualMachines',
  'StorageAccounts',
  'SqlServers',
  'SqlServerVirtualMachines',
  'OpenSourceRelationalDatabases',
  'CosmosDbs',
  'AppServices',
  'KeyVaults',
  'Containers',
  'Arm',
];
