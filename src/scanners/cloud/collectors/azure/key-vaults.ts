import { KeyVaultManagementClient, type Key, type Secret, type Vault } from '@azure/arm-keyvault';
import type { Collected } from '../aws/collected';
import type { AzureSession } from './azure-session';
import { listAll, listProvider } from './paging';
import { perResource } from './per-resource';

function keyVault(session: AzureSession): KeyVaultManagementClient {
  return session.clients.get(KeyVaultManagementClient);
}

export function collectKeyVaults(session: AzureSession): Promise<Vault[]> {
  return listProvider(
    () => keyVault(session).vaults.listBySubscription(),
    session.maxItems,
    `key vaults of subscription ${session.subscriptionId}`,
    session.warn,
  );
}

/** Each vault's keys as ARM lists them (attributes only, no key material: no data-plane access needed). */
export async function collectVaultKeys(
  session: AzureSession,
  need: (key: 'keyVaults') => Promise<Vault[]>,
): Promise<Map<string, Collected<Key[]>>> {
  const client = keyVault(session);
  return perResource(await need('keyVaults'), (_vault, { resourceGroup, name }) =>
    listAll(client.keys.list(resourceGroup, name), session.maxItems, `keys of vault ${name}`, session.warn),
  );
}

/** Each vault's secrets as ARM lists them (attributes only; ARM never returns secret values in lists). */
export async function collectVaultSecrets(
  session: AzureSession,
  need: (key: 'keyVaults') => Promise<Vault[]>,
): Promise<Map<string, Collected<Secret[]>>> {
  const client = keyVault(session);
  return perResource(await need('keyVaults'), (_vault, { resourceGroup, name }) =>
    listAll(
      client.secrets.list(resourceGroup, name),
      session.maxItems,
      `secrets of vault ${name}`,
      session.warn,
    ),
  );
}
