import type { StorageAccount } from '@azure/arm-storage';
import { child } from '../../../iac/model/node';
import { stateValue } from '../declared/declared-values';
import type { DeclaredResource } from '../declared/declared-infrastructure';
import { asBoolean, BOOLEAN_STRICTNESS, compareSettings, type SettingSpec } from '../settings';
import {
  armCandidates,
  matchDeclarations,
  reportUnmanagedArm,
  type AzureDriftKind,
} from './azure-drift-kind';

const TYPE = 'azurerm_storage_account';
const TLS_VERSIONS = ['TLS1_0', 'TLS1_1', 'TLS1_2', 'TLS1_3'];
/** Off is stricter for settings that open access. */
const OFF_IS_STRICTER = (value: unknown): number => (value === false ? 1 : 0);

/** azurerm 4 renamed `enable_https_traffic_only`; the code's spelling is the one compared. */
function httpsPath(resource: DeclaredResource): string {
  const old = 'enable_https_traffic_only';
  return child(resource.source.body, old) !== undefined || stateValue(resource.state, old) !== undefined
    ? old
    : 'https_traffic_only_enabled';
}

function accountSpecs(resource: DeclaredResource, account: StorageAccount): SettingSpec[] {
  const network = account.publicNetworkAccess;
  return [
    {
      path: httpsPath(resource),
      default: true,
      live: account.enableHttpsTrafficOnly,
      normalise: asBoolean,
      strictness: BOOLEAN_STRICTNESS,
    },
    {
      path: 'min_tls_version',
      default: 'TLS1_2',
      live: account.minimumTlsVersion,
      strictness: (value) => TLS_VERSIONS.indexOf(String(value)),
    },
    {
      path: 'allow_nested_items_to_be_public',
      default: true,
      live: account.allowBlobPublicAccess,
      normalise: asBoolean,
      strictness: OFF_IS_STRICTER,
    },
    {
      path: 'public_network_access_enabled',
      default: true,
      live: network === undefined ? undefined : network !== 'Disabled',
      normalise: asBoolean,
      strictness: OFF_IS_STRICTER,
    },
    {
      path: 'shared_access_key_enabled',
      default: true,
      // Azure documents an unset value as allowed.
      live: account.allowSharedKeyAccess ?? true,
      normalise: asBoolean,
      strictness: OFF_IS_STRICTER,
    },
  ];
}

export const storageAccountKind: AzureDriftKind = {
  types: [TYPE],
  needs: ['storageAccounts'],
  compare(context) {
    if (context.applied(TYPE).length === 0) return;
    const accounts = context.data('storageAccounts', 'storage accounts');
    if (!accounts) return;
    const candidates = armCandidates(accounts);
    const matches = matchDeclarations(context, TYPE, 'storage account', candidates, false);
    for (const { resource, result } of matches)
      if (result.kind === 'matched')
        context.drifted(
          resource,
          result.candidate.item.id!,
          compareSettings(resource, accountSpecs(resource, result.candidate.item)),
        );
    reportUnmanagedArm(context, { label: 'storage account', type: TYPE, matches, candidates });
  },
};
