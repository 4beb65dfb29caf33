import { flag, type IacRule } from '../../../model/violation';
import {
  describeSetting,
  flagNode,
  label,
  publicNetworkDisabled,
  readText,
  setting,
} from '../../../azure/azure-resource';
import { KEY_VAULT, keyVaults } from '../../../azure/key-vault-view';

const rule: IacRule = {
  meta: {
    id: 'azure-keyvault-network-default-allow',
    title: 'Key vault accepts traffic from all networks',
    severity: 'medium',
    description:
      'A vault without network ACLs, or with a default action of Allow, can be reached from any network; stolen credentials or tokens then work from anywhere. A vault with public network access disabled is not reported.',
    remediation:
      'Add `network_acls { default_action = "Deny", bypass = "AzureServices" }` (Terraform) / `networkAcls.defaultAction: "Deny"` (ARM) with the needed IP and subnet rules, or use a private endpoint.',
    links: [
      'https://learn.microsoft.com/en-us/azure/key-vault/general/network-security',
      'https://learn.microsoft.com/en-us/azure/key-vault/general/private-link-service',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1'],
    },
    aliases: ['CKV_AZURE_109', 'AVD-AZU-0013', 'azure-keyvault-specify-network-acl'],
  },
  check(model) {
    return keyVaults(model).flatMap((vault) => {
      if (publicNetworkDisabled(vault)) return [];
      const action = setting(vault, KEY_VAULT.defaultAction);
      const value = readText(action.node);
      if (value === 'unknown' || value?.toLowerCase() === 'deny') return [];
      const why =
        value === undefined
          ? `${action.name} is not set, so every network is allowed`
          : describeSetting(action);
      return [flag(vault, flagNode(action), `${label(vault)} accepts requests from all networks: ${why}`)];
    });
  },
};

export default rule;
