import { flag, type IacRule } from '../../../model/violation';
import { flagNode, label } from '../../../azure/azure-resource';
import { vaultItems } from '../../../azure/key-vault-view';

const rule: IacRule = {
  meta: {
    id: 'azure-keyvault-key-without-expiry',
    title: 'Key vault key has no expiration date',
    severity: 'medium',
    description:
      'A key without an expiry stays usable forever, so it is never forced through rotation and a compromised key keeps decrypting data until someone notices.',
    remediation:
      'Set `expiration_date` (Terraform) / `attributes.exp` (ARM, seconds since 1970) and a rotation policy that renews the key before it expires.',
    links: [
      'https://learn.microsoft.com/en-us/azure/key-vault/keys/about-keys',
      'https://learn.microsoft.com/en-us/azure/key-vault/keys/how-to-configure-key-rotation',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'secrets',
    compliance: {
      'cis-azure-3.0': ['3.3.1', '3.3.2'],
      'nist-800-53-r5': ['SC-12'],
      'pci-dss-4.0': ['3.7.4'],
    },
    aliases: ['CKV_AZURE_40', 'AVD-AZU-0014', 'azure-keyvault-ensure-key-expiry'],
  },
  check(model) {
    return vaultItems(model, 'key')
      .filter(({ expiry }) => !expiry.node)
      .map(({ resource, expiry }) =>
        flag(resource, flagNode(expiry), `${label(resource)} never expires: ${expiry.name} is not set`),
      );
  },
};

export default rule;
