import type { Vault } from '@azure/arm-keyvault';
import { asBoolean, BOOLEAN_STRICTNESS, compareSettings, type SettingSpec } from '../settings';
import {
  armCandidates,
  matchDeclarations,
  reportUnmanagedArm,
  type AzureDriftKind,
} from './azure-drift-kind';

const TYPE = 'azurerm_key_vault';

function vaultSpecs(vault: Vault): SettingSpec[] {
  const network = vault.properties.publicNetworkAccess;
  return [
    {
      path: 'purge_protection_enabled',
      default: false,
      live: vault.properties.enablePurgeProtection ?? false,
      normalise: asBoolean,
      strictness: BOOLEAN_STRICTNESS,
    },
    {
      path: 'public_network_access_enabled',
      default: true,
      live: network === undefined ? undefined : network.toLowerCase() !== 'disabled',
      normalise: asBoolean,
      strictness: (value) => (value === false ? 1 : 0),
    },
  ];
}

export const keyVaultKind: AzureDriftKind = {
  types: [TYPE],
  needs: ['keyVaults'],
  compare(context) {
    if (context.applied(TYPE).length === 0) return;
    const vaults = context.data('keyVaults', 'key vaults');
    if (!vaults) return;
    const candidates = armCandidates(vaults);
    // A vault holds keys and secrets: one that is gone is a missing control.
    const matches = matchDeclarations(context, TYPE, 'key vault', candidates, true);
    for (const { resource, result } of matches)
      if (result.kind === 'matched')
        context.drifted(
          resource,
          result.candidate.item.id!,
          compareSettings(resource, vaultSpecs(result.candidate.item)),
        );
    reportUnmanagedArm(context, { label: 'key vault', type: TYPE, matches, candidates });
  },
};
