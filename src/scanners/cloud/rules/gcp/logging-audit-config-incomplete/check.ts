import type { GcpAuditRule } from '../gcp-audit-rule';
import { projectResource } from '../shared/iam-bindings';

const REQUIRED = ['DATA_READ', 'DATA_WRITE'];

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-logging-audit-config-incomplete',
    title: 'Data Access audit logs are not enabled for all services, or exempt some members',
    severity: 'high',
    description:
      "Admin Activity logs are always written, but reads and writes of data (DATA_READ, DATA_WRITE) are logged only when the IAM policy's audit configuration turns them on. Without them, nobody can tell who read or changed which data after an incident, and exempted members act unseen.",
    remediation:
      'In the project (or organisation) IAM policy, add an auditConfigs entry for service allServices with log types ADMIN_READ, DATA_READ and DATA_WRITE, and no exemptedMembers (IAM & Admin > Audit Logs > Default configuration).',
    links: [
      'https://cloud.google.com/logging/docs/audit/configure-data-access',
      'https://cloud.google.com/logging/docs/audit',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'logging',
    compliance: {
      'cis-gcp-3.0': ['2.1'],
      'nist-800-53-r5': ['AU-2', 'AU-12'],
      'soc2-2017': ['CC7.2', 'CC7.3'],
      'pci-dss-4.0': ['10.2.1', '10.2.2'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: ['iam_audit_logs_enabled'],
  },
  needs: ['projectIamPolicy'],
  check(context) {
    const policy = context.get('projectIamPolicy');
    if (!policy) return [];
    const all = (policy.auditConfigs ?? []).filter((config) => config.service === 'allServices');
    const logConfigs = all.flatMap((config) => config.auditLogConfigs ?? []);
    const missing = REQUIRED.filter((type) => !logConfigs.some((config) => config.logType === type));
    const exempted = [
      ...new Set(
        (policy.auditConfigs ?? []).flatMap((config) =>
          (config.auditLogConfigs ?? []).flatMap((log) => log.exemptedMembers ?? []),
        ),
      ),
    ];
    const problems = [
      ...(missing.length > 0 ? [`${missing.join(' and ')} not enabled for allServices`] : []),
      ...(exempted.length > 0 ? [`members exempted from logging: ${exempted.join(', ')}`] : []),
    ];
    if (problems.length === 0) return [];
    return [
      context.flag(
        projectResource(context.scope),
        `Audit logging of project ${context.scope} is incomplete: ${problems.join('; ')}.`,
      ),
    ];
  },
};

export default rule;
