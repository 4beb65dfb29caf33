import type { GcpDatasets } from '../../collectors/gcp/datasets';
import type { ScopeAuditRule, ScopeContext } from '../../engine/scope-audit-rule';

export type GcpAuditRule = ScopeAuditRule<GcpDatasets>;
export type GcpContext = ScopeContext<GcpDatasets>;
