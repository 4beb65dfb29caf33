import { clusterCheck } from '../shared/cluster-check';

export default clusterCheck(
  {
    id: 'azure-audit-aks-entra-integration-missing',
    title: 'AKS cluster does not authenticate users with Microsoft Entra ID',
    severity: 'medium',
    description:
      'Without Entra ID integration, cluster users sign in with certificates and tokens that cannot be tied to a person, revoked centrally or covered by MFA and Conditional Access.',
    remediation:
      'Enable AKS-managed Microsoft Entra integration (aadProfile.managed = true) with an admin group, and preferably Azure RBAC for Kubernetes authorization.',
    links: ['https://learn.microsoft.com/en-us/azure/aks/enable-authentication-microsoft-entra-id'],
    scanner: 'audit',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['IA-2', 'AC-2'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.2.1'],
      'hipaa-security-rule': ['164.312(d)'],
    },
    aliases: [],
  },
  (cluster) =>
    cluster.aadProfile ? undefined : 'has no Microsoft Entra ID integration (aadProfile is not set)',
);
