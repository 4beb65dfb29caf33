import { clusterCheck } from '../shared/cluster-check';

export default clusterCheck(
  {
    id: 'azure-audit-aks-local-accounts-enabled',
    title: 'AKS cluster keeps its local admin account',
    severity: 'high',
    description:
      'The local clusterAdmin credentials are a static certificate that anyone with the listClusterAdminCredential permission can download; they bypass Microsoft Entra ID, Conditional Access and per-user audit.',
    remediation:
      'Enable Microsoft Entra ID integration, then disable local accounts (disableLocalAccounts = true) so every access goes through Entra ID identities.',
    links: ['https://learn.microsoft.com/en-us/azure/aks/manage-local-accounts-managed-azure-ad'],
    scanner: 'audit',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-2', 'IA-2'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.2.1'],
    },
    aliases: ['aks_cluster_local_accounts_disabled'],
  },
  (cluster) =>
    cluster.disableLocalAccounts === true
      ? undefined
      : `has local accounts enabled (disableLocalAccounts is ${cluster.disableLocalAccounts ?? 'not set'})`,
);
