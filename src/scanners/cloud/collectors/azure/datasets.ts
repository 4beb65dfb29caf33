import type { StorageAccount } from '@azure/arm-storage';
import type { DatasetCollectors } from '../../engine/collect-datasets';
import type { AzureSession } from './azure-session';
import { collectStorageAccounts } from './storage-accounts';

/** Everything the Azure checks can read about one subscription, each read once. */
export interface AzureDatasets {
  storageAccounts: StorageAccount[];
}

export type AzureDatasetKey = keyof AzureDatasets;

export const AZURE_COLLECTORS: DatasetCollectors<AzureDatasets, AzureSession> = {
  storageAccounts: collectStorageAccounts,
};
