import { StorageManagementClient, type BlobServiceProperties, type StorageAccount } from '@azure/arm-storage';
import type { Collected } from '../aws/collected';
import type { AzureSession } from './azure-session';
import { listAll, listProvider } from './paging';
import { perResource } from './per-resource';

export function collectStorageAccounts(session: AzureSession): Promise<StorageAccount[]> {
  return listProvider(
    () => session.clients.get(StorageManagementClient).storageAccounts.list(),
    session.maxItems,
    `storage accounts of subscription ${session.subscriptionId}`,
    session.warn,
  );
}

/** Account kinds that hold blobs; FileStorage accounts have no blob service to read. */
const BLOB_KINDS = new Set(['storagev2', 'storage', 'blobstorage', 'blockblobstorage']);

/** The blob service settings (soft delete) of each account that holds blobs, by account id. */
export async function collectBlobServices(
  session: AzureSession,
  need: (key: 'storageAccounts') => Promise<StorageAccount[]>,
): Promise<Map<string, Collected<BlobServiceProperties[]>>> {
  const accounts = (await need('storageAccounts')).filter((account) =>
    BLOB_KINDS.has((account.kind ?? '').toLowerCase()),
  );
  const client = session.clients.get(StorageManagementClient);
  return perResource(accounts, (_account, { resourceGroup, name }) =>
    listAll(client.blobServices.list(resourceGroup, name), 10, `blob services of ${name}`, session.warn),
  );
}
