import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, flagNode, label, readBool, setting } from '../../../azure/azure-resource';
import { AKS, aksClusters } from '../../../azure/aks-view';

const rule: IacRule = {
  meta: {
    id: 'azure-aks-local-accounts-enabled',
    title: 'AKS cluster keeps its local admin account',
    severity: 'medium',
    description:
      'The local cluster-admin account issues a static certificate that bypasses Entra ID, Conditional Access and audit by identity; anyone who obtains it has full control of the cluster until the certificate is rotated.',
    remediation:
      'Set `local_account_disabled = true` (Terraform) / `disableLocalAccounts: true` (ARM) together with Entra ID integration.',
    links: ['https://learn.microsoft.com/en-us/azure/aks/manage-local-accounts-managed-azure-ad'],
    scanner: 'iac',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-2', 'IA-2'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.2.2'],
    },
    aliases: ['CKV_AZURE_141'],
  },
  check(model) {
    return aksClusters(model).flatMap((cluster) => {
      const disabled = setting(cluster, AKS.localAccountsDisabled);
      const value = readBool(disabled.node);
      if (value === true || value === 'unknown') return [];
      const why = value === undefined ? `${disabled.name} is not set` : describeSetting(disabled);
      return [flag(cluster, flagNode(disabled), `${label(cluster)} allows the local admin account: ${why}`)];
    });
  },
};

export default rule;
