import type { GcpAuditRule } from '../gcp-audit-rule';
import { clusterTarget } from '../shared/gke-cluster';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-gke-legacy-abac-enabled',
    title: 'GKE cluster has legacy ABAC authorisation enabled',
    severity: 'high',
    description:
      'Legacy attribute-based access control grants permissions statically, outside Kubernetes RBAC, and on older clusters gives service accounts broad rights on the API server. RBAC bindings then no longer tell the whole story of who can do what in the cluster.',
    remediation:
      'Turn legacy authorisation off (gcloud container clusters update NAME --no-enable-legacy-authorization) after moving any grants it provided into RBAC roles and bindings.',
    links: [
      'https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#leave_abac_disabled_default_for_110',
      'https://cloud.google.com/kubernetes-engine/docs/how-to/role-based-access-control',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1'],
    },
    aliases: [],
  },
  needs: ['clusters'],
  check(context) {
    return (context.get('clusters') ?? [])
      .filter((cluster) => cluster.legacyAbac?.enabled === true)
      .map((cluster) => {
        const target = clusterTarget(context.scope, cluster);
        return context.flag(
          target.resource,
          `GKE cluster ${cluster.name} in ${cluster.location} authorises with legacy ABAC next to RBAC.`,
          target.options,
        );
      });
  },
};

export default rule;
