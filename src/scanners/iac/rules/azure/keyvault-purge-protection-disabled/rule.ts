import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, flagNode, label, readBool, setting } from '../../../azure/azure-resource';
import { KEY_VAULT, keyVaults } from '../../../azure/key-vault-view';

const rule: IacRule = {
  meta: {
    id: 'azure-keyvault-purge-protection-disabled',
    title: 'Key vault can be purged before its retention ends (purge protection off)',
    severity: 'medium',
    description:
      'Without purge protection, anyone holding purge rights (or an attacker with them) can permanently delete a soft-deleted vault, key or secret at once; data encrypted with a purged key is lost for good. Purge protection cannot be turned off once enabled.',
    remediation: 'Set `purge_protection_enabled = true` (Terraform) / `enablePurgeProtection: true` (ARM).',
    links: [
      'https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview#purge-protection',
      'https://learn.microsoft.com/en-us/azure/key-vault/general/key-vault-recovery',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'resilience',
    compliance: {
      'cis-azure-3.0': ['3.3.5'],
      'nist-800-53-r5': ['CP-9', 'SC-12'],
      'soc2-2017': ['A1.2'],
      'hipaa-security-rule': ['164.308(a)(7)(ii)(A)'],
    },
    aliases: ['CKV_AZURE_110', 'CKV_AZURE_42', 'AVD-AZU-0016', 'azure-keyvault-no-purge'],
  },
  check(model) {
    return keyVaults(model).flatMap((vault) => {
      const purge = setting(vault, KEY_VAULT.purgeProtection);
      const value = readBool(purge.node);
      if (value === true || value === 'unknown') return [];
      const why = value === undefined ? `${purge.name} is not set (off by default)` : describeSetting(purge);
      return [flag(vault, flagNode(purge), `${label(vault)} can be purged at once: ${why}`)];
    });
  },
};

export default rule;
