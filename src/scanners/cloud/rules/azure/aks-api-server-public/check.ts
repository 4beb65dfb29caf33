import { clusterCheck } from '../shared/cluster-check';

export default clusterCheck(
  {
    id: 'azure-audit-aks-api-server-public',
    title: 'AKS API server is reachable from any address',
    severity: 'high',
    description:
      'A public API server without authorized IP ranges accepts connections from the whole Internet, exposing the control plane to credential attacks and to any Kubernetes vulnerability before a patch lands.',
    remediation:
      'Make the cluster private (apiServerAccessProfile.enablePrivateCluster = true) or restrict the public endpoint to your address ranges with authorized IP ranges.',
    links: [
      'https://learn.microsoft.com/en-us/azure/aks/api-server-authorized-ip-ranges',
      'https://learn.microsoft.com/en-us/azure/aks/private-clusters',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1'],
    },
    aliases: ['aks_clusters_public_access_disabled'],
  },
  (cluster) => {
    const access = cluster.apiServerAccessProfile;
    if (access?.enablePrivateCluster === true || (access?.authorizedIPRanges ?? []).length > 0)
      return undefined;
    return 'has a public API server with no authorized IP ranges';
  },
);
