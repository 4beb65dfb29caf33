import type { GcpAuditRule } from '../gcp-audit-rule';
import { clusterTarget, isAutopilot } from '../shared/gke-cluster';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-gke-shielded-nodes-disabled',
    title: 'GKE cluster does not require Shielded GKE Nodes',
    severity: 'medium',
    description:
      'Shielded GKE Nodes give each node a verifiable identity and integrity, so the control plane can tell a real node from one impersonated with stolen bootstrap credentials. Without them, an attacker who exfiltrates those credentials can join a rogue node and receive secrets and workloads.',
    remediation:
      'Turn on Shielded GKE Nodes for the cluster (gcloud container clusters update NAME --enable-shielded-nodes); node pools are recreated with Secure Boot and integrity monitoring where their images support it.',
    links: [
      'https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes',
      'https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#shielded_nodes',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'workload',
    compliance: {
      'nist-800-53-r5': ['SI-7'],
      'soc2-2017': ['CC6.8'],
      'pci-dss-4.0': ['2.2.1'],
    },
    aliases: [],
  },
  needs: ['clusters'],
  check(context) {
    return (context.get('clusters') ?? [])
      .filter((cluster) => cluster.shieldedNodes?.enabled !== true && !isAutopilot(cluster))
      .map((cluster) => {
        const target = clusterTarget(context.scope, cluster);
        return context.flag(
          target.resource,
          `GKE cluster ${cluster.name} in ${cluster.location} has Shielded GKE Nodes off.`,
          target.options,
        );
      });
  },
};

export default rule;
