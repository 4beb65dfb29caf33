import type { AzureAuditRule } from '../azure-audit-rule';
import { inRegion } from '../shared/resource-location';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-keyvault-rbac-disabled',
    title: 'Key vault uses access policies instead of Azure RBAC',
    severity: 'medium',
    description:
      'Vault access policies are managed apart from Azure role assignments, cannot be scoped to one key or secret, and anyone with Contributor on the vault can grant themselves data access; Azure RBAC keeps data-plane access in one audited, least-privilege model.',
    remediation:
      'Switch the vault to the Azure role-based access control permission model (enableRbacAuthorization = true) after granting the equivalent Key Vault data roles to the identities that use it.',
    links: ['https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-migration'],
    scanner: 'audit',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'cis-azure-3.0': ['3.3.6'],
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1'],
      'hipaa-security-rule': ['164.308(a)(4)(i)'],
    },
    aliases: ['keyvault_rbac_enabled'],
  },
  needs: ['keyVaults'],
  check(context) {
    const vaults = context.get('keyVaults') ?? [];
    return vaults
      .filter((vault) => vault.properties?.enableRbacAuthorization !== true)
      .map((vault) =>
        context.flag(
          vault.id ?? vault.name ?? 'key vault',
          `Key vault ${vault.name} uses vault access policies (enableRbacAuthorization is ${vault.properties?.enableRbacAuthorization ?? 'not set'}).`,
          inRegion(vault),
        ),
      );
  },
};

export default rule;
