import type { AzureDriftKind } from './azure-drift-kind';
import { keyVaultKind } from './key-vault';
import { mssqlServerKind } from './mssql-server';
import { networkSecurityGroupKind } from './network-security-group';
import { storageAccountKind } from './storage-account';

/** Every Azure kind drift compares, in report order. */
export const AZURE_DRIFT_KINDS: readonly AzureDriftKind[] = [
  storageAccountKind,
  networkSecurityGroupKind,
  keyVaultKind,
  mssqlServerKind,
];
