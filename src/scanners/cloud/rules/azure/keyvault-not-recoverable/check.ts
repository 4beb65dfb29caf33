import type { AzureAuditRule } from '../azure-audit-rule';
import { inRegion } from '../shared/resource-location';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-keyvault-not-recoverable',
    title: 'Key vault can be purged: soft delete or purge protection is off',
    severity: 'high',
    description:
      'Without purge protection a deleted vault, key or secret can be purged at once, by mistake or by an attacker, and every resource encrypted with those keys becomes unreadable for good.',
    remediation:
      'Enable purge protection on the vault (enablePurgeProtection = true; soft delete is then on and cannot be turned off), keeping the soft-delete retention at 90 days.',
    links: ['https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview'],
    scanner: 'audit',
    platform: 'azure',
    category: 'secrets',
    compliance: {
      'cis-azure-3.0': ['3.3.5'],
      'nist-800-53-r5': ['CP-9', 'SC-12'],
      'soc2-2017': ['A1.2'],
      'hipaa-security-rule': ['164.308(a)(7)(ii)(A)', '164.312(c)(1)'],
    },
    aliases: ['keyvault_recoverable'],
  },
  needs: ['keyVaults'],
  check(context) {
    const vaults = context.get('keyVaults') ?? [];
    return vaults.flatMap((vault) => {
      const off = [
        vault.properties?.enableSoftDelete === false ? 'soft delete' : '',
        vault.properties?.enablePurgeProtection !== true ? 'purge protection' : '',
      ].filter(Boolean);
      if (off.length === 0) return [];
      return [
        context.flag(
          vault.id ?? vault.name ?? 'key vault',
          `Key vault ${vault.name} has ${off.join(' and ')} off.`,
          inRegion(vault),
        ),
      ];
    });
  },
};

export default rule;
