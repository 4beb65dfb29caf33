import type { AzureAuditRule } from './azure-audit-rule';
import storageSecureTransferDisabled from './storage-secure-transfer-disabled/check';

export const AZURE_AUDIT_RULES: readonly AzureAuditRule[] = [storageSecureTransferDisabled];
