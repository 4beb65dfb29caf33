import { StorageManagementClient, type StorageAccount } from '@azure/arm-storage';
import type { AzureSession } from './azure-session';
import { listAll } from './paging';

export function collectStorageAccounts(session: AzureSession): Promise<StorageAccount[]> {
  return listAll(
    session.clients.get(StorageManagementClient).storageAccounts.list(),
    session.maxItems,
    `storage accounts of subscription ${session.subscriptionId}`,
    session.warn,
  );
}
