import { clusterCheck } from '../shared/cluster-check';

export default clusterCheck(
  {
    id: 'azure-audit-aks-network-policy-missing',
    title: 'AKS cluster enforces no network policy',
    severity: 'medium',
    description:
      'Without a network policy engine every pod can reach every other pod in the cluster, so one compromised workload can move freely to databases and internal services; NetworkPolicy objects are silently ignored.',
    remediation:
      'Enable a network policy engine (networkProfile.networkPolicy = azure, calico or cilium) and add NetworkPolicy objects that deny traffic by default.',
    links: ['https://learn.microsoft.com/en-us/azure/aks/use-network-policies'],
    scanner: 'audit',
    platform: 'azure',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['AC-4', 'SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1'],
    },
    aliases: ['aks_network_policy_enabled'],
  },
  (cluster) => {
    const policy = cluster.networkProfile?.networkPolicy;
    return policy && policy !== 'none'
      ? undefined
      : `enforces no network policy (networkPolicy is ${policy ?? 'not set'})`;
  },
);
