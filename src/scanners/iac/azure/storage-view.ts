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
import { armChildren, referencing } from './resource-links';

export const STORAGE_ACCOUNT_TYPES = {
  terraform: ['azurerm_storage_account'],
  arm: ['Microsoft.Storage/storageAccounts'],
};

/** Settings of a storage account, in each format's spelling. */
export const STORAGE = {
  httpsOnly: {
    terraform: ['https_traffic_only_enabled', 'enable_https_traffic_only'],
    arm: 'properties.supportsHttpsTrafficOnly',
  },
  minTls: { terraform: 'min_tls_version', arm: 'properties.minimumTlsVersion' },
  nestedItemsPublic: {
    terraform: ['allow_nested_items_to_be_public', 'allow_blob_public_access'],
    arm: 'properties.allowBlobPublicAccess',
  },
  sharedKey: { terraform: 'shared_access_key_enabled', arm: 'properties.allowSharedKeyAccess' },
  infrastructureEncryption: {
    terraform: 'infrastructure_encryption_enabled',
    arm: 'properties.encryption.requireInfrastructureEncryption',
  },
  publicNetworkAccess: PUBLIC_NETWORK_ACCESS,
  defaultAction: { terraform: 'network_rules.default_action', arm: 'properties.networkAcls.defaultAction' },
  accountKind: { terraform: 'account_kind', arm: 'kind' },
} satisfies Record<string, SettingPaths>;

export function storageAccounts(model: IacModel): readonly Resource[] {
  return azureResources(model, STORAGE_ACCOUNT_TYPES);
}

/**
 * The default network action that applies: the inline setting, or that of a
 * separate `azurerm_storage_account_network_rules` resource for the account.
 * The node is undefined when none is written (Azure then allows every network).
 */
export function networkDefaultAction(model: IacModel, account: Resource): Setting {
  const inline = setting(account, STORAGE.defaultAction);
  if (inline.node || isArm(account)) return inline;
  const separate = [
    ...referencing(model, account, ['azurerm_storage_account_network_rules'], 'storage_account_id'),
    ...referencing(model, account, ['azurerm_storage_account_network_rules'], 'storage_account_name'),
  ][0];
  return separate ? setting(separate, { terraform: 'default_action' }) : inline;
}

/** Whether the account encrypts with a customer-managed key; 'unknown' when that is decided at deployment. */
export function usesCustomerManagedKey(model: IacModel, account: Resource): boolean | 'unknown' {
  if (isArm(account)) {
    const source = readText(at(account.body, 'properties.encryption.keySource'));
    return source === 'unknown' ? 'unknown' : same(source, 'Microsoft.Keyvault');
  }
  if (at(account.body, 'customer_managed_key')) return true;
  return (
    referencing(model, account, ['azurerm_storage_account_customer_managed_key'], 'storage_account_id')
      .length > 0
  );
}

/** Where blob soft delete is configured for an account: the Terraform block, or the ARM blob service resources. */
export function blobSoftDelete(
  model: IacModel,
  account: Resource,
): { setting: Setting; enabled: boolean | 'unknown' }[] {
  if (!isArm(account)) {
    const policy = setting(account, { terraform: 'blob_properties.delete_retention_policy' });
    const days = readText(at(policy.node, 'days'));
    const enabled = !policy.node
      ? false
      : days === 'unknown'
        ? 'unknown'
        : days === undefined || Number(days) > 0;
    return [{ setting: policy, enabled }];
  }
  return armChildren(model, account, 'blobServices').map((service) => {
    const value = setting(service, { arm: 'properties.deleteRetentionPolicy.enabled' });
    const enabled = readBool(value.node);
    return { setting: value, enabled: enabled === undefined ? false : enabled };
  });
}

export const CONTAINER_TYPES = {
  terraform: ['azurerm_storage_container'],
  arm: ['Microsoft.Storage/storageAccounts/blobServices/containers'],
};

/** Blob containers with the access level as written: Terraform `container_access_type`, ARM `publicAccess`. */
export function blobContainers(model: IacModel): Setting[] {
  return azureResources(model, CONTAINER_TYPES).map((container) =>
    setting(container, { terraform: 'container_access_type', arm: 'properties.publicAccess' }),
  );
}
