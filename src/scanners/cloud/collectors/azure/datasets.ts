import type { RoleAssignment, RoleDefinition } from '@azure/arm-authorization';
import type { ManagedCluster } from '@azure/arm-containerservice';
import type { Key, Secret, Vault } from '@azure/arm-keyvault';
import type { ActivityLogAlertResource, DiagnosticSettingsResource } from '@azure/arm-monitor';
import type {
  NetworkInterface,
  NetworkSecurityGroup,
  NetworkWatcher,
  PublicIPAddress,
  VirtualNetwork,
} from '@azure/arm-network';
import type { Pricing, SecurityContact } from '@azure/arm-security';
import type { FirewallRule, Server, ServerBlobAuditingPolicy } from '@azure/arm-sql';
import type { BlobServiceProperties, StorageAccount } from '@azure/arm-storage';
import type { Collected } from '../aws/collected';
import type { DatasetCollectors } from '../../engine/collect-datasets';
import { collectManagedClusters } from './aks';
import {
  collectCustomRoles,
  collectGuestUsers,
  collectRoleAssignments,
  type GuestUser,
} from './authorization';
import type { AzureSession } from './azure-session';
import { collectAppGithubTrusts, collectIdentityGithubTrusts, type GithubTrust } from './github-trust';
import { collectDefenderPlans, collectSecurityContacts } from './defender';
import { collectKeyVaults, collectVaultKeys, collectVaultSecrets } from './key-vaults';
import { collectActivityLogAlerts, collectActivityLogExports } from './monitor';
import {
  collectNetworkInterfaces,
  collectNetworkSecurityGroups,
  collectNetworkWatchers,
  collectPublicIpAddresses,
  collectVirtualNetworks,
} from './network';
import {
  collectSqlAuditing,
  collectSqlDatabases,
  collectSqlFirewallRules,
  collectSqlServers,
  type SqlDatabase,
} from './sql';
import { collectBlobServices, collectStorageAccounts } from './storage-accounts';

/** Per-resource reads are keyed by the full ARM id of the resource they belong to. */
export type ByResource<T> = Map<string, Collected<T>>;

/** Everything the Azure checks can read about one subscription, each read once. */
export interface AzureDatasets {
  storageAccounts: StorageAccount[];
  blobServices: ByResource<BlobServiceProperties[]>;
  networkSecurityGroups: NetworkSecurityGroup[];
  networkInterfaces: NetworkInterface[];
  publicIpAddresses: PublicIPAddress[];
  virtualNetworks: VirtualNetwork[];
  networkWatchers: NetworkWatcher[];
  keyVaults: Vault[];
  vaultKeys: ByResource<Key[]>;
  vaultSecrets: ByResource<Secret[]>;
  sqlServers: Server[];
  sqlFirewallRules: ByResource<FirewallRule[]>;
  sqlAuditing: ByResource<ServerBlobAuditingPolicy[]>;
  sqlDatabases: ByResource<SqlDatabase[]>;
  activityLogExports: DiagnosticSettingsResource[];
  activityLogAlerts: ActivityLogAlertResource[];
  defenderPlans: Pricing[];
  securityContacts: SecurityContact[];
  customRoles: RoleDefinition[];
  roleAssignments: RoleAssignment[];
  guestUsers: GuestUser[];
  appGithubTrusts: GithubTrust[];
  identityGithubTrusts: ByResource<GithubTrust[]>;
  managedClusters: ManagedCluster[];
}

export type AzureDatasetKey = keyof AzureDatasets;

export const AZURE_COLLECTORS: DatasetCollectors<AzureDatasets, AzureSession> = {
  storageAccounts: collectStorageAccounts,
  blobServices: collectBlobServices,
  networkSecurityGroups: collectNetworkSecurityGroups,
  networkInterfaces: collectNetworkInterfaces,
  publicIpAddresses: collectPublicIpAddresses,
  virtualNetworks: collectVirtualNetworks,
  networkWatchers: collectNetworkWatchers,
  keyVaults: collectKeyVaults,
  vaultKeys: collectVaultKeys,
  vaultSecrets: collectVaultSecrets,
  sqlServers: collectSqlServers,
  sqlFirewallRules: collectSqlFirewallRules,
  sqlAuditing: collectSqlAuditing,
  sqlDatabases: collectSqlDatabases,
  activityLogExports: collectActivityLogExports,
  activityLogAlerts: collectActivityLogAlerts,
  defenderPlans: collectDefenderPlans,
  securityContacts: collectSecurityContacts,
  customRoles: collectCustomRoles,
  roleAssignments: collectRoleAssignments,
  guestUsers: collectGuestUsers,
  appGithubTrusts: collectAppGithubTrusts,
  identityGithubTrusts: collectIdentityGithubTrusts,
  managedClusters: collectManagedClusters,
};
