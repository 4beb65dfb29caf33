import { flag, type IacRule } from '../../../model/violation';
import { flagNode, label } from '../../../azure/azure-resource';
import { vaultItems } from '../../../azure/key-vault-view';

const rule: IacRule = {
  meta: {
    id: 'azure-keyvault-secret-without-expiry',
    title: 'Key vault secret has no expiration date',
    severity: 'low',
    description:
      'A secret without an expiry (a password, connection string or API key) is never forced through rotation, so a leaked copy keeps working indefinitely.',
    remediation:
      'Set `expiration_date` (Terraform) / `attributes.exp` (ARM, seconds since 1970) and rotate the secret before it expires.',
    links: [
      'https://learn.microsoft.com/en-us/azure/key-vault/secrets/about-secrets',
      'https://learn.microsoft.com/en-us/azure/key-vault/secrets/tutorial-rotation',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'secrets',
    compliance: {
      'cis-azure-3.0': ['3.3.3', '3.3.4'],
      'nist-800-53-r5': ['IA-5'],
      'pci-dss-4.0': ['8.3.9'],
    },
    aliases: ['CKV_AZURE_41', 'AVD-AZU-0017', 'azure-keyvault-ensure-secret-expiry'],
  },
  check(model) {
    return vaultItems(model, 'secret')
      .filter(({ expiry }) => !expiry.node)
      .map(({ resource, expiry }) =>
        flag(resource, flagNode(expiry), `${label(resource)} never expires: ${expiry.name} is not set`),
      );
  },
};

export default rule;
