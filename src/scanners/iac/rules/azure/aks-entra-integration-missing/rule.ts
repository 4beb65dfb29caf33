import { flag, type IacRule } from '../../../model/violation';
import { flagNode, isSet, label, setting } from '../../../azure/azure-resource';
import { AKS, aksClusters } from '../../../azure/aks-view';

const rule: IacRule = {
  meta: {
    id: 'azure-aks-entra-integration-missing',
    title: 'AKS cluster does not authenticate users with Microsoft Entra ID',
    severity: 'medium',
    description:
      'Without Entra ID integration, cluster access relies on client certificates in kubeconfig files that cannot be revoked individually, carry no MFA and do not follow users leaving the organisation.',
    remediation:
      'Add an `azure_active_directory_role_based_access_control` block (Terraform) / `aadProfile` with `managed: true` (ARM), preferably with Azure RBAC for Kubernetes authorization.',
    links: [
      'https://learn.microsoft.com/en-us/azure/aks/enable-authentication-microsoft-entra-id',
      'https://learn.microsoft.com/en-us/azure/aks/manage-azure-rbac',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['IA-2', 'IA-2(1)', 'AC-2'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.2.1', '8.4.1'],
    },
    aliases: [],
  },
  check(model) {
    return aksClusters(model).flatMap((cluster) => {
      const entra = setting(cluster, AKS.entraIntegration);
      if (isSet(entra.node) !== false) return [];
      return [
        flag(
          cluster,
          flagNode(entra),
          `${label(cluster)} does not use Entra ID for cluster sign-in: ${entra.name} is not set`,
        ),
      ];
    });
  },
};

export default rule;
