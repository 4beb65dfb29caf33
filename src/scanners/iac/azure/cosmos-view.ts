import type { IacModel } from '../model/iac-model';
import { azureResources, PUBLIC_NETWORK_ACCESS, setting, type SettingPaths } from './azure-resource';

export const COSMOS = {
  publicNetworkAccess: PUBLIC_NETWORK_ACCESS,
  virtualNetworkFilter: {
    terraform: 'is_virtual_network_filter_enabled',
    arm: 'properties.isVirtualNetworkFilterEnabled',
  },
  ipFilter: { terraform: 'ip_range_filter', arm: 'properties.ipRules' },
  legacyIpFilter: { arm: 'properties.ipRangeFilter' },
} satisfies Record<string, SettingPaths>;

export function cosmosAccounts(model: IacModel) {
  return azureResources(model, {
    terraform: ['azurerm_cosmosdb_account'],
    arm: ['Microsoft.DocumentDB/databaseAccounts'],
  }).map((resource) => ({
    resource,
    publicNetworkAccess: setting(resource, COSMOS.publicNetworkAccess),
    virtualNetworkFilter: setting(resource, COSMOS.virtualNetworkFilter),
    ipFilter: setting(resource, COSMOS.ipFilter),
    legacyIpFilter: setting(resource, COSMOS.legacyIpFilter),
  }));
}
