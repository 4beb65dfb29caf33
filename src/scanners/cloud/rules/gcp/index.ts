import firewallAdminPortsOpen from './firewall-admin-ports-open/check';
import type { GcpAuditRule } from './gcp-audit-rule';

export const GCP_AUDIT_RULES: readonly GcpAuditRule[] = [firewallAdminPortsOpen];
