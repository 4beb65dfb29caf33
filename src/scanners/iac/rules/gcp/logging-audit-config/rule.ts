import type { Violation } from '../../../../../core/engine';
import { at } from '../../../gcp/gcp-settings';
import {
  AUDIT_CONFIG_SOURCES,
  auditConfigs,
  isAllServices,
  type AuditConfig,
} from '../../../gcp/logging-view';
import type { IacModel } from '../../../model/iac-model';
import { flag, type IacRule } from '../../../model/violation';

const REQUIRED = ['DATA_READ', 'DATA_WRITE'];

const rule: IacRule = {
  meta: {
    id: 'gcp-logging-audit-config',
    title: 'Data Access audit logs are not enabled for all services',
    severity: 'medium',
    description:
      'Admin Activity logs are always on, but Data Access logs (who read or changed which data) are off by default for most services. Without them an investigation cannot tell which records an intruder or insider read, and exempted members leave chosen identities unaudited.',
    remediation:
      'Declare `google_project_iam_audit_config` (or the folder or organization equivalent) with `service = "allServices"` and `audit_log_config` blocks for `DATA_READ` and `DATA_WRITE` (and `ADMIN_READ`), without `exempted_members`.',
    links: [
      'https://cloud.google.com/logging/docs/audit/configure-data-access',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_project_iam#google_project_iam_audit_config',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'logging',
    compliance: {
      'cis-gcp-3.0': ['2.1'],
      'nist-800-53-r5': ['AU-2', 'AU-12'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.2.1', '10.2.2'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: ['CKV2_GCP_5'],
  },
  // Audit configs set on an organisation or folder, often in their own stack, cover every project.
  acrossRoots: { kind: 'whole-scan', types: AUDIT_CONFIG_SOURCES },
  check(model) {
    const configs = auditConfigs(model);
    return [...configs.flatMap(incompleteConfig), ...uncoveredProjects(model, configs)];
  },
};

function incompleteConfig(config: AuditConfig): Violation[] {
  if (isAllServices(config) !== true) return [];
  const where = config.resource.address;
  const found = config.exempted.map((member) =>
    flag(
      config.resource,
      member.node,
      `${member.value} is exempted from Data Access audit logging by ${where}`,
    ),
  );
  if (Array.isArray(config.logTypes)) {
    const logTypes = config.logTypes;
    const missing = REQUIRED.filter((type) => !logTypes.includes(type));
    if (missing.length > 0) {
      found.push(
        flag(
          config.resource,
          at(config.node, 'service') ?? config.node,
          `${where} audits allServices without ${missing.join(' and ')} logs`,
        ),
      );
    }
  }
  return found;
}

/** Projects of the scan that no all-services audit configuration of the scan reaches. */
function uncoveredProjects(model: IacModel, configs: AuditConfig[]): Violation[] {
  const reaching = configs.filter((config) => isAllServices(config) !== false);
  if (reaching.some((config) => config.level !== 'project' || config.projectUnresolved)) return [];
  return model
    .ofType('google_project')
    .filter((project) => !reaching.some((config) => config.projects.includes(project)))
    .map((project) =>
      flag(
        project,
        undefined,
        `project ${project.address} has no audit configuration for allServices, so Data Access logs stay off`,
      ),
    );
}

export default rule;
