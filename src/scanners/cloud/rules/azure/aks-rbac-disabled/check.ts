import { clusterCheck } from '../shared/cluster-check';

export default clusterCheck(
  {
    id: 'azure-audit-aks-rbac-disabled',
    title: 'AKS cluster has Kubernetes RBAC disabled',
    severity: 'high',
    description:
      'Without Kubernetes role-based access control every authenticated user and service account can do everything in the cluster, so one compromised pod token controls all workloads and secrets.',
    remediation:
      'Kubernetes RBAC can only be chosen at creation: recreate the cluster with RBAC enabled (enableRBAC = true) and migrate the workloads.',
    links: ['https://learn.microsoft.com/en-us/azure/aks/concepts-identity#kubernetes-rbac'],
    scanner: 'audit',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1'],
    },
    aliases: ['aks_cluster_rbac_enabled'],
  },
  (cluster) =>
    cluster.enableRbac === false ? 'has Kubernetes RBAC disabled (enableRBAC is false)' : undefined,
);
