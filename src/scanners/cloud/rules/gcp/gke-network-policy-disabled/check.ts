import type { container_v1 } from '@googleapis/container/build/v1';
import type { GcpAuditRule } from '../gcp-audit-rule';
import { clusterTarget, isAutopilot } from '../shared/gke-cluster';

/** Network policies are enforced by Calico (networkPolicy) or by GKE Dataplane V2, which Autopilot always uses. */
function enforcesNetworkPolicy(cluster: container_v1.Schema$Cluster): boolean {
  return (
    cluster.networkPolicy?.enabled === true ||
    cluster.networkConfig?.datapathProvider === 'ADVANCED_DATAPATH' ||
    isAutopilot(cluster)
  );
}

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-gke-network-policy-disabled',
    title: 'GKE cluster does not enforce Kubernetes network policies',
    severity: 'medium',
    description:
      'Without an enforcement engine, NetworkPolicy objects are accepted but ignored, and every pod can connect to every other pod in the cluster. One compromised pod can then reach databases, internal APIs and the metadata of other namespaces.',
    remediation:
      'Create new clusters with GKE Dataplane V2 (--enable-dataplane-v2), or turn on network policy enforcement on the existing cluster (gcloud container clusters update NAME --enable-network-policy), then add default-deny policies per namespace.',
    links: [
      'https://cloud.google.com/kubernetes-engine/docs/how-to/network-policy',
      'https://cloud.google.com/kubernetes-engine/docs/concepts/dataplane-v2',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['AC-4', 'SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1'],
    },
    aliases: [],
  },
  needs: ['clusters'],
  check(context) {
    return (context.get('clusters') ?? [])
      .filter((cluster) => !enforcesNetworkPolicy(cluster))
      .map((cluster) => {
        const target = clusterTarget(context.scope, cluster);
        return context.flag(
          target.resource,
          `GKE cluster ${cluster.name} in ${cluster.location} does not enforce network policies (no network policy provider, datapath ${cluster.networkConfig?.datapathProvider ?? 'LEGACY_DATAPATH'}).`,
          target.options,
        );
      });
  },
};

export default rule;
