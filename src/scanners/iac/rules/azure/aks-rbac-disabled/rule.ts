import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, label, readBool, setting } from '../../../azure/azure-resource';
import { AKS, aksClusters } from '../../../azure/aks-view';

const rule: IacRule = {
  meta: {
    id: 'azure-aks-rbac-disabled',
    title: 'AKS cluster has Kubernetes RBAC switched off',
    severity: 'high',
    description:
      'Without Kubernetes role-based access control every authenticated user and service account can do anything in the cluster; RBAC cannot be turned on later without recreating the cluster.',
    remediation:
      'Remove `role_based_access_control_enabled = false` (Terraform) / `enableRBAC: false` (ARM); RBAC is on by default.',
    links: [
      'https://learn.microsoft.com/en-us/azure/aks/concepts-identity#kubernetes-rbac',
      'https://learn.microsoft.com/en-us/azure/aks/manage-azure-rbac',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1'],
    },
    aliases: ['CKV_AZURE_5', 'AVD-AZU-0042', 'azure-container-use-rbac-permissions'],
  },
  check(model) {
    return aksClusters(model).flatMap((cluster) =>
      [setting(cluster, AKS.rbac), setting(cluster, AKS.legacyRbac)]
        .filter((value) => value.node && readBool(value.node) === false)
        .map((value) =>
          flag(cluster, value.node, `${label(cluster)} has no Kubernetes RBAC: ${describeSetting(value)}`),
        ),
    );
  },
};

export default rule;
