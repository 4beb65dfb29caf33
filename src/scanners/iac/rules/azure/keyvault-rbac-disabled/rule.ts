import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, flagNode, label, readBool, setting } from '../../../azure/azure-resource';
import { KEY_VAULT, keyVaults } from '../../../azure/key-vault-view';

const rule: IacRule = {
  meta: {
    id: 'azure-keyvault-rbac-disabled',
    title: 'Key vault uses access policies instead of Azure RBAC',
    severity: 'low',
    description:
      'Vault access policies grant broad permission sets per vault, cannot be scoped to a single key or secret and are managed outside the subscription role model; Azure RBAC gives least-privilege, auditable data-plane access and works with Privileged Identity Management.',
    remediation:
      'Set `rbac_authorization_enabled = true` (`enable_rbac_authorization` in older providers) / `enableRbacAuthorization: true` (ARM) and grant Key Vault data roles instead of access policies.',
    links: [
      'https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-guide',
      'https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-migration',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'cis-azure-3.0': ['3.3.6'],
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1'],
    },
    aliases: [],
  },
  check(model) {
    return keyVaults(model).flatMap((vault) => {
      const rbac = setting(vault, KEY_VAULT.rbac);
      const value = readBool(rbac.node);
      if (value === true || value === 'unknown') return [];
      const why =
        value === undefined ? `${rbac.name} is not set, so access policies apply` : describeSetting(rbac);
      return [flag(vault, flagNode(rbac), `${label(vault)} does not use Azure RBAC: ${why}`)];
    });
  },
};

export default rule;
