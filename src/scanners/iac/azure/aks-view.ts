import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';
import { azureResources, type SettingPaths } from './azure-resource';

/** Settings of a managed Kubernetes cluster, in each format's spelling. */
export const AKS = {
  rbac: { terraform: 'role_based_access_control_enabled', arm: 'properties.enableRBAC' },
  legacyRbac: { terraform: 'role_based_access_control.enabled' },
  entraIntegration: {
    terraform: [
      'azure_active_directory_role_based_access_control',
      'role_based_access_control.azure_active_directory',
    ],
    arm: 'properties.aadProfile',
  },
  privateCluster: {
    terraform: 'private_cluster_enabled',
    arm: 'properties.apiServerAccessProfile.enablePrivateCluster',
  },
  authorizedRanges: {
    terraform: ['api_server_access_profile.authorized_ip_ranges', 'api_server_authorized_ip_ranges'],
    arm: 'properties.apiServerAccessProfile.authorizedIPRanges',
  },
  networkProfile: { terraform: 'network_profile', arm: 'properties.networkProfile' },
  networkPolicy: {
    terraform: 'network_profile.network_policy',
    arm: 'properties.networkProfile.networkPolicy',
  },
  diskEncryptionSet: { terraform: 'disk_encryption_set_id', arm: 'properties.diskEncryptionSetID' },
  localAccountsDisabled: { terraform: 'local_account_disabled', arm: 'properties.disableLocalAccounts' },
} satisfies Record<string, SettingPaths>;

export function aksClusters(model: IacModel): readonly Resource[] {
  return azureResources(model, {
    terraform: ['azurerm_kubernetes_cluster'],
    arm: ['Microsoft.ContainerService/managedClusters'],
  });
}
