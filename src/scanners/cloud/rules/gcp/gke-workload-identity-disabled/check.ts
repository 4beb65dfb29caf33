import type { GcpAuditRule } from '../gcp-audit-rule';
import { clusterTarget, isAutopilot } from '../shared/gke-cluster';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-gke-workload-identity-disabled',
    title: 'GKE cluster does not use Workload Identity Federation',
    severity: 'medium',
    description:
      "Without Workload Identity, pods call Google APIs with the node's service account, so every pod on a node shares the same rights, and pods can read the node's metadata, including the kubelet credentials used to join the cluster. Teams then fall back to service account key files mounted as secrets.",
    remediation:
      'Turn on Workload Identity for the cluster (gcloud container clusters update NAME --workload-pool=PROJECT.svc.id.goog) and its node pools (--workload-metadata=GKE_METADATA), then bind each Kubernetes service account to a dedicated IAM principal.',
    links: [
      'https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity',
      'https://cloud.google.com/kubernetes-engine/docs/concepts/workload-identity',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-6', 'IA-2'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['7.2.1'],
    },
    aliases: [],
  },
  needs: ['clusters'],
  check(context) {
    return (context.get('clusters') ?? [])
      .filter((cluster) => !cluster.workloadIdentityConfig?.workloadPool && !isAutopilot(cluster))
      .map((cluster) => {
        const target = clusterTarget(context.scope, cluster);
        return context.flag(
          target.resource,
          `GKE cluster ${cluster.name} in ${cluster.location} has no workload pool: pods use the node's service account.`,
          target.options,
        );
      });
  },
};

export default rule;
