import type { GcpAuditRule } from '../gcp-audit-rule';
import {
  instanceResource,
  metadataFalse,
  metadataTrue,
  metadataValue,
  standaloneInstances,
  zoneOf,
} from '../shared/compute-metadata';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-compute-os-login-disabled',
    title: 'OS Login is not enabled for the project, or a VM turns it off',
    severity: 'medium',
    description:
      'Without OS Login, SSH access is granted by SSH keys pasted into metadata: they never expire, are not tied to IAM, survive the departure of their owner and are invisible to access reviews. OS Login ties SSH access to IAM roles and Google identities, with 2-step verification and audit logs.',
    remediation:
      'Set the project metadata enable-oslogin=TRUE (gcloud compute project-info add-metadata --metadata enable-oslogin=TRUE), remove enable-oslogin=FALSE from instance metadata, and grant roles/compute.osLogin or osAdminLogin to those who need SSH. The constraint compute.requireOsLogin enforces it.',
    links: [
      'https://cloud.google.com/compute/docs/oslogin/set-up-oslogin',
      'https://cloud.google.com/compute/docs/instances/access-overview',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'cis-gcp-3.0': ['4.4'],
      'nist-800-53-r5': ['AC-2', 'IA-2'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.2.1'],
    },
    aliases: ['compute_project_os_login_enabled'],
  },
  needs: ['computeProject', 'instances'],
  check(context) {
    const project = context.get('computeProject');
    const instances = context.get('instances');
    if (!project) return [];
    const projectValue = metadataValue(project.commonInstanceMetadata, 'enable-oslogin');
    const violations = metadataTrue(projectValue)
      ? []
      : [
          context.flag(
            project.selfLink ?? `https://www.googleapis.com/compute/v1/projects/${context.scope}`,
            `Project ${context.scope} ${projectValue === undefined ? 'does not set enable-oslogin' : `sets enable-oslogin=${projectValue}`} in its common instance metadata.`,
          ),
        ];
    for (const instance of standaloneInstances(instances)) {
      const value = metadataValue(instance.metadata, 'enable-oslogin');
      if (!metadataFalse(value)) continue;
      violations.push(
        context.flag(
          instanceResource(context.scope, instance),
          `VM ${instance.name} turns OS Login off with its own metadata enable-oslogin=${value}.`,
          zoneOf(instance),
        ),
      );
    }
    return violations;
  },
};

export default rule;
