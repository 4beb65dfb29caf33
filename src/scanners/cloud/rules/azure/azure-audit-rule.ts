import type { AzureDatasets } from '../../collectors/azure/datasets';
import type { ScopeAuditRule, ScopeContext } from '../../engine/scope-audit-rule';

export type AzureAuditRule = ScopeAuditRule<AzureDatasets>;
export type AzureContext = ScopeContext<AzureDatasets>;
