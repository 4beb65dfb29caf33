import type { container_v1 } from '@googleapis/container/build/v1';
import type { GcpAuditRule } from '../gcp-audit-rule';
import { clusterTarget } from '../shared/gke-cluster';

const WORLD = new Set(['0.0.0.0/0', '::/0']);

/** Why the public control-plane endpoint admits any address, or undefined when it does not. */
function openEndpoint(cluster: container_v1.Schema$Cluster): string | undefined {
  const ip = cluster.controlPlaneEndpointsConfig?.ipEndpointsConfig;
  if (ip?.enabled === false || ip?.enablePublicEndpoint === false) return undefined;
  if (cluster.privateClusterConfig?.enablePrivateEndpoint === true) return undefined;
  const networks = ip?.authorizedNetworksConfig ?? cluster.masterAuthorizedNetworksConfig;
  if (networks?.enabled !== true) return 'authorized networks are off';
  const open = (networks.cidrBlocks ?? []).filter((block) => WORLD.has(block.cidrBlock ?? ''));
  return open.length > 0
    ? `authorized networks include ${open.map((block) => block.cidrBlock).join(', ')}`
    : undefined;
}

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-gke-control-plane-unrestricted',
    title: "GKE cluster's public control-plane endpoint accepts connections from any address",
    severity: 'high',
    description:
      "The Kubernetes API server is the cluster's front door. With a public endpoint and no authorized networks, anyone on the Internet can reach it to try stolen credentials, probe for anonymous access or exploit API server vulnerabilities.",
    remediation:
      'Turn on authorized networks with the address ranges of your administrators and CI (gcloud container clusters update NAME --enable-master-authorized-networks --master-authorized-networks=CIDR,...), or turn the public endpoint off and reach the API through the private or DNS-based endpoint.',
    links: [
      'https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks',
      'https://cloud.google.com/kubernetes-engine/docs/concepts/network-isolation',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['AC-17', 'SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1'],
    },
    aliases: [],
  },
  needs: ['clusters'],
  check(context) {
    return (context.get('clusters') ?? []).flatMap((cluster) => {
      const reason = openEndpoint(cluster);
      if (!reason) return [];
      const target = clusterTarget(context.scope, cluster);
      return [
        context.flag(
          target.resource,
          `GKE cluster ${cluster.name} in ${cluster.location} has a public control-plane endpoint${cluster.endpoint ? ` (${cluster.endpoint})` : ''} and ${reason}.`,
          target.options,
        ),
      ];
    });
  },
};

export default rule;
