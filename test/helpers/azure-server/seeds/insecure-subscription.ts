import type { Expectation, SubscriptionSeed } from '../world';
import { APPS, applicationExpectations } from './graph-directory';
import { managedIdentity } from './managed-identities';
import {
  activityLogAlert,
  blobService,
  CONTRIBUTOR,
  DEFENDER_PLANS,
  list,
  OWNER,
  pricing,
  rid,
  roleAssignment,
  storageAccount,
  vault,
  vaultItem,
} from './arm-bodies';
import { networkWatcher, nic, nsg, publicIp, virtualNetwork } from './network-bodies';
import { insecureSqlAndMonitoring } from './insecure-sql-monitoring';

export const INSECURE_SUB = '9c8b7a6d-5e4f-4321-8a9b-0c1d2e3f4a5b';
export const GUEST_ID = 'ee000000-0000-4000-8000-00000000cccc';

const S = INSECURE_SUB;
const P = `/subscriptions/${S}/providers`;

const ids = {
  webNsg: rid(S, 'rg-web', 'Microsoft.Network/networkSecurityGroups', 'nsg-web'),
  vnet: rid(S, 'rg-web', 'Microsoft.Network/virtualNetworks', 'vnet-web'),
  eastVnet: rid(S, 'rg-batch', 'Microsoft.Network/virtualNetworks', 'vnet-batch'),
  jumpVm: rid(S, 'rg-web', 'Microsoft.Compute/virtualMachines', 'vm-jump-01'),
  legacyAccount: rid(S, 'rg-legacy', 'Microsoft.Storage/storageAccounts', 'stlegacyexports'),
  goodAccount: rid(S, 'rg-web', 'Microsoft.Storage/storageAccounts', 'stwebassets01'),
  vault: rid(S, 'rg-legacy', 'Microsoft.KeyVault/vaults', 'kv-legacy-app'),
  aks: rid(S, 'rg-aks', 'Microsoft.ContainerService/managedClusters', 'aks-legacy'),
};

function network(): Record<string, unknown> {
  const webSubnet = `${ids.vnet}/subnets/web`;
  const ip = rid(S, 'rg-web', 'Microsoft.Network/publicIPAddresses', 'pip-jump-01');
  return {
    [`${P}/Microsoft.Network/networkSecurityGroups`]: list(
      nsg(
        S,
        'rg-web',
        'nsg-web',
        'westeurope',
        [
          // A Deny for one partner range does not close the port to the rest of the Internet.
          {
            name: 'DenyScanner',
            priority: 90,
            access: 'Deny',
            source: '203.0.113.0/24',
            ports: '*',
            protocol: '*',
          },
          { name: 'AllowSSH', priority: 100, access: 'Allow', source: '*', ports: '22' },
          {
            name: 'AllowRDP',
            priority: 110,
            access: 'Allow',
            source: 'Internet',
            ports: '3389',
            protocol: '*',
          },
          {
            name: 'AllowDatabases',
            priority: 120,
            access: 'Allow',
            source: '0.0.0.0/0',
            ports: ['3306', '5432-5433'],
          },
          { name: 'AllowHTTPS', priority: 130, access: 'Allow', source: '*', ports: '443' },
        ],
        { subnets: [webSubnet] },
      ),
    ),
    [`${P}/Microsoft.Network/virtualNetworks`]: list(
      virtualNetwork(S, 'rg-web', 'vnet-web', 'westeurope', ['web']),
      virtualNetwork(S, 'rg-batch', 'vnet-batch', 'eastus', ['workers']),
    ),
    [`${P}/Microsoft.Network/networkInterfaces`]: list(
      nic(S, 'rg-web', 'nic-jump-01', 'westeurope', { subnet: webSubnet, publicIp: ip, vm: ids.jumpVm }),
    ),
    [`${P}/Microsoft.Network/publicIPAddresses`]: list(
      publicIp(S, 'rg-web', 'pip-jump-01', 'westeurope', '51.105.20.33'),
    ),
    [`${P}/Microsoft.Network/networkWatchers`]: list(networkWatcher(S, 'westeurope')),
  };
}

function storageAndVaults(): Record<string, unknown> {
  return {
    [`${P}/Microsoft.Storage/storageAccounts`]: list(
      storageAccount(S, 'rg-legacy', 'stlegacyexports', {
        supportsHttpsTrafficOnly: false,
        minimumTlsVersion: 'TLS1_0',
        allowBlobPublicAccess: true,
        networkAcls: {
          bypass: 'AzureServices',
          defaultAction: 'Allow',
          ipRules: [],
          virtualNetworkRules: [],
        },
      }),
      storageAccount(S, 'rg-web', 'stwebassets01', {
        supportsHttpsTrafficOnly: true,
        minimumTlsVersion: 'TLS1_2',
        allowBlobPublicAccess: false,
        allowSharedKeyAccess: false,
        publicNetworkAccess: 'Disabled',
        networkAcls: { bypass: 'AzureServices', defaultAction: 'Allow' },
      }),
    ),
    [`${ids.legacyAccount}/blobServices`]: blobService(ids.legacyAccount, false, true),
    [`${ids.goodAccount}/blobServices`]: blobService(ids.goodAccount, true, true),
    [`${P}/Microsoft.KeyVault/vaults`]: list(
      vault(S, 'rg-legacy', 'kv-legacy-app', {
        enableSoftDelete: true,
        softDeleteRetentionInDays: 7,
        enableRbacAuthorization: false,
        accessPolicies: [],
        publicNetworkAccess: 'Enabled',
        networkAcls: { bypass: 'AzureServices', defaultAction: 'Allow' },
      }),
    ),
    [`${ids.vault}/keys`]: list(
      vaultItem(ids.vault, 'keys', 'legacy-signing', {}),
      vaultItem(ids.vault, 'keys', 'rotated-2027', { exp: 1830297600 }),
      vaultItem(ids.vault, 'keys', 'old-disabled', { enabled: false }),
    ),
    [`${ids.vault}/secrets`]: list(vaultItem(ids.vault, 'secrets', 'smtp-password', {})),
  };
}

const batchIdentity = managedIdentity(S, 'id-batch', '50000000-0000-4000-8000-0000000000e1', {
  name: 'org-branches',
  expression: "claims['sub'] matches 'repo:octo-org*:ref:refs/heads/main'",
});

function identityAndClusters(): Record<string, unknown> {
  const sub = `/subscriptions/${S}`;
  const owners = ['01', '02', '03', '04'].map((n) =>
    roleAssignment(
      S,
      `b2000000-0000-4000-8000-0000000000${n}`,
      sub,
      OWNER,
      `22222222-bbbb-4000-8000-0000000000${n}`,
    ),
  );
  return {
    [`${P}/Microsoft.Authorization/roleDefinitions`]: list({
      id: `${P}/Microsoft.Authorization/roleDefinitions/9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a`,
      name: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
      type: 'Microsoft.Authorization/roleDefinitions',
      properties: {
        roleName: 'Subscription Operator',
        type: 'CustomRole',
        permissions: [{ actions: ['*'], notActions: ['Microsoft.Authorization/*/Delete'] }],
        assignableScopes: [sub],
      },
    }),
    [`${P}/Microsoft.Authorization/roleAssignments`]: list(
      ...owners,
      roleAssignment(
        S,
        'b2000000-0000-4000-8000-000000000010',
        `${sub}/resourceGroups/rg-web`,
        CONTRIBUTOR,
        GUEST_ID,
      ),
      roleAssignment(
        S,
        'b2000000-0000-4000-8000-000000000011',
        sub,
        CONTRIBUTOR,
        APPS.infraCi.principalId,
        'ServicePrincipal',
      ),
      roleAssignment(
        S,
        'b2000000-0000-4000-8000-000000000012',
        `${sub}/resourceGroups/rg-web`,
        CONTRIBUTOR,
        APPS.webPreviews.principalId,
        'ServicePrincipal',
      ),
    ),
    [`${P}/Microsoft.ManagedIdentity/userAssignedIdentities`]: list(batchIdentity.list),
    [batchIdentity.credentialsPath]: batchIdentity.credentials,
    [`${P}/Microsoft.ContainerService/managedClusters`]: list({
      id: ids.aks,
      name: 'aks-legacy',
      type: 'Microsoft.ContainerService/ManagedClusters',
      location: 'westeurope',
      properties: {
        kubernetesVersion: '1.30.9',
        enableRBAC: false,
        disableLocalAccounts: false,
        networkProfile: { networkPlugin: 'kubenet' },
      },
    }),
    [`${P}/Microsoft.Security/pricings`]: list(
      ...DEFENDER_PLANS.map((plan) =>
        pricing(S, plan, plan === 'VirtualMachines' || plan === 'KeyVaults' ? 'Free' : 'Standard'),
      ),
    ),
    [`${P}/Microsoft.Security/securityContacts`]: list({
      id: `${P}/Microsoft.Security/securityContacts/default`,
      name: 'default',
      type: 'Microsoft.Security/securityContacts',
      properties: { email: '', alertNotifications: 'Off', alertsToAdmins: 'Off' },
    }),
    [`${P}/microsoft.insights/activityLogAlerts`]: list(
      activityLogAlert(S, 'nsg-write', 'Microsoft.Network/networkSecurityGroups/write'),
    ),
  };
}

/** A subscription with at least one planted misconfiguration per check. */
export function insecureSubscription(): { subscription: SubscriptionSeed; expectations: Expectation[] } {
  const sqlMonitoring = insecureSqlAndMonitoring(S);
  const rule = (name: string) => `${ids.webNsg}/securityRules/${name}`;
  const sub = `/subscriptions/${S}`;
  const expect = (check: string, resource: string): Expectation => ({
    check: `azure-audit-${check}`,
    resource,
  });
  return {
    subscription: {
      id: S,
      displayName: 'Legacy workloads',
      resources: {
        ...network(),
        ...storageAndVaults(),
        ...identityAndClusters(),
        ...sqlMonitoring.resources,
      },
    },
    expectations: [
      expect('network-ssh-open-to-internet', rule('AllowSSH')),
      expect('network-rdp-open-to-internet', rule('AllowRDP')),
      expect('network-database-port-open-to-internet', rule('AllowDatabases')),
      expect('network-vm-admin-port-exposed', ids.jumpVm),
      expect('network-watcher-missing', `${sub}/locations/eastus`),
      expect('storage-secure-transfer-disabled', ids.legacyAccount),
      expect('storage-min-tls-outdated', ids.legacyAccount),
      expect('storage-blob-anonymous-access-allowed', ids.legacyAccount),
      expect('storage-network-default-allow', ids.legacyAccount),
      expect('storage-shared-key-access-enabled', ids.legacyAccount),
      expect('storage-blob-soft-delete-disabled', ids.legacyAccount),
      expect('keyvault-not-recoverable', ids.vault),
      expect('keyvault-rbac-disabled', ids.vault),
      expect('keyvault-public-network-access', ids.vault),
      expect('keyvault-key-without-expiry', `${ids.vault}/keys/legacy-signing`),
      expect('keyvault-secret-without-expiry', `${ids.vault}/secrets/smtp-password`),
      expect(
        'iam-custom-role-wildcard-actions',
        `${P}/Microsoft.Authorization/roleDefinitions/9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a`,
      ),
      expect('iam-owner-count-excessive', sub),
      expect(
        'iam-guest-privileged-role',
        `${sub}/resourceGroups/rg-web/providers/Microsoft.Authorization/roleAssignments/b2000000-0000-4000-8000-000000000010`,
      ),
      expect('aks-local-accounts-enabled', ids.aks),
      expect('aks-entra-integration-missing', ids.aks),
      expect('aks-rbac-disabled', ids.aks),
      expect('aks-api-server-public', ids.aks),
      expect('aks-network-policy-missing', ids.aks),
      expect('defender-plan-off', `${P}/Microsoft.Security/pricings/VirtualMachines`),
      expect('defender-plan-off', `${P}/Microsoft.Security/pricings/KeyVaults`),
      expect('defender-security-contact-missing', `${P}/Microsoft.Security/securityContacts/default`),
      expect('monitor-nsg-change-alert-missing', sub),
      expect('monitor-security-change-alert-missing', sub),
      expect('oidc-github-trust-any-owner', batchIdentity.credentialId),
      ...applicationExpectations(),
      ...sqlMonitoring.expectations,
    ],
  };
}
