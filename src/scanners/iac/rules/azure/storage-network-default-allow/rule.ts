import { flag, type IacRule } from '../../../model/violation';
import {
  describeSetting,
  flagNode,
  label,
  publicNetworkDisabled,
  readText,
} from '../../../azure/azure-resource';
import { networkDefaultAction, storageAccounts } from '../../../azure/storage-view';

const rule: IacRule = {
  meta: {
    id: 'azure-storage-network-default-allow',
    title: 'Storage account accepts traffic from all networks',
    severity: 'medium',
    description:
      'With no network rules, or a default action of Allow, the storage endpoints accept requests from any network on the Internet; a leaked key or SAS token is then usable from anywhere. An account with public network access disabled is not reported.',
    remediation:
      'Set the network rules default action to Deny (`network_rules.default_action` or an `azurerm_storage_account_network_rules` resource in Terraform, `networkAcls.defaultAction` in ARM) and allow the needed virtual networks, IP ranges and trusted services.',
    links: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security'],
    scanner: 'iac',
    platform: 'azure',
    category: 'network',
    compliance: {
      'cis-azure-3.0': ['4.7'],
      'nist-800-53-r5': ['SC-7', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: ['CKV_AZURE_35', 'AVD-AZU-0012', 'azure-storage-default-action-deny'],
  },
  check(model) {
    return storageAccounts(model).flatMap((account) => {
      if (publicNetworkDisabled(account)) return [];
      const action = networkDefaultAction(model, account);
      const value = readText(action.node);
      if (value === 'unknown' || (value !== undefined && value.toLowerCase() === 'deny')) return [];
      const why =
        value === undefined
          ? `${action.name} is not set, so every network is allowed`
          : describeSetting(action);
      return [
        flag(
          action.resource,
          flagNode(action),
          `${label(account)} accepts requests from all networks: ${why}`,
        ),
      ];
    });
  },
};

export default rule;
