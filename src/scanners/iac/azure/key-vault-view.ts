import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';
import { azureResources, PUBLIC_NETWORK_ACCESS, setting, type SettingPaths } from './azure-resource';

export const KEY_VAULT_TYPES = { terraform: ['azurerm_key_vault'], arm: ['Microsoft.KeyVault/vaults'] };

/** Settings of a key vault, in each format's spelling. */
export const KEY_VAULT = {
  purgeProtection: { terraform: 'purge_protection_enabled', arm: 'properties.enablePurgeProtection' },
  softDelete: { terraform: 'soft_delete_enabled', arm: 'properties.enableSoftDelete' },
  softDeleteDays: { terraform: 'soft_delete_retention_days', arm: 'properties.softDeleteRetentionInDays' },
  rbac: {
    terraform: ['rbac_authorization_enabled', 'enable_rbac_authorization'],
    arm: 'properties.enableRbacAuthorization',
  },
  defaultAction: { terraform: 'network_acls.default_action', arm: 'properties.networkAcls.defaultAction' },
  publicNetworkAccess: PUBLIC_NETWORK_ACCESS,
} satisfies Record<string, SettingPaths>;

export function keyVaults(model: IacModel): readonly Resource[] {
  return azureResources(model, KEY_VAULT_TYPES);
}

/** Keys and secrets with their expiry as written: Terraform `expiration_date`, ARM `attributes.exp`. */
export function vaultItems(model: IacModel, kind: 'key' | 'secret') {
  const types =
    kind === 'key'
      ? { terraform: ['azurerm_key_vault_key'], arm: ['Microsoft.KeyVault/vaults/keys'] }
      : { terraform: ['azurerm_key_vault_secret'], arm: ['Microsoft.KeyVault/vaults/secrets'] };
  return azureResources(model, types).map((item) => ({
    resource: item,
    expiry: setting(item, { terraform: 'expiration_date', arm: 'properties.attributes.exp' }),
  }));
}
