import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, flagNode, label, readText, setting } from '../../../azure/azure-resource';
import { AKS, aksClusters } from '../../../azure/aks-view';

const rule: IacRule = {
  meta: {
    id: 'azure-aks-network-policy-missing',
    title: 'AKS cluster enforces no network policy',
    severity: 'medium',
    description:
      'Without a network policy engine every pod can reach every other pod in the cluster, so one compromised workload can probe and attack all the others; NetworkPolicy objects are silently ignored.',
    remediation:
      'Set `network_profile.network_policy` (Terraform) / `networkProfile.networkPolicy` (ARM) to `azure`, `calico` or `cilium` and add NetworkPolicy objects.',
    links: ['https://learn.microsoft.com/en-us/azure/aks/use-network-policies'],
    scanner: 'iac',
    platform: 'azure',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.2.1', '1.4.1'],
    },
    aliases: ['CKV_AZURE_7', 'AVD-AZU-0043', 'azure-container-configured-network-policy'],
  },
  check(model) {
    return aksClusters(model).flatMap((cluster) => {
      const policy = setting(cluster, AKS.networkPolicy);
      const value = readText(policy.node);
      if (value === 'unknown' || (value !== undefined && value.toLowerCase() !== 'none' && value !== ''))
        return [];
      const why = value === undefined ? `${policy.name} is not set` : describeSetting(policy);
      return [flag(cluster, flagNode(policy), `${label(cluster)} does not enforce network policies: ${why}`)];
    });
  },
};

export default rule;
