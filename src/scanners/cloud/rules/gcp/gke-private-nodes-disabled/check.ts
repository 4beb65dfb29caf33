import type { container_v1 } from '@googleapis/container/build/v1';
import type { GcpAuditRule } from '../gcp-audit-rule';
import { clusterTarget } from '../shared/gke-cluster';

/** Private nodes set for the cluster, or on every node pool. */
function privateNodes(cluster: container_v1.Schema$Cluster): boolean {
  const pools = cluster.nodePools ?? [];
  return (
    cluster.privateClusterConfig?.enablePrivateNodes === true ||
    cluster.networkConfig?.defaultEnablePrivateNodes === true ||
    (pools.length > 0 && pools.every((pool) => pool.networkConfig?.enablePrivateNodes === true))
  );
}

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-gke-private-nodes-disabled',
    title: 'GKE cluster nodes have external IP addresses',
    severity: 'medium',
    description:
      'Without private nodes, every node VM gets an external IP address and can be reached from the Internet wherever a firewall rule allows it, including the kubelet and NodePort services. Private nodes have internal addresses only and reach out through Cloud NAT.',
    remediation:
      'Turn on private nodes for the cluster or create node pools with --enable-private-nodes, give them egress through Cloud NAT, and move workloads off the public node pools.',
    links: [
      'https://cloud.google.com/kubernetes-engine/docs/concepts/network-isolation',
      'https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#restrict_network_access_to_the_control_plane_and_nodes',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
    },
    aliases: [],
  },
  needs: ['clusters'],
  check(context) {
    return (context.get('clusters') ?? [])
      .filter((cluster) => !privateNodes(cluster))
      .map((cluster) => {
        const target = clusterTarget(context.scope, cluster);
        return context.flag(
          target.resource,
          `GKE cluster ${cluster.name} in ${cluster.location} runs nodes with external IP addresses (private nodes off).`,
          target.options,
        );
      });
  },
};

export default rule;
