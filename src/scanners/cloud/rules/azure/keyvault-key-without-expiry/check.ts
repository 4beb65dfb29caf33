import type { AzureAuditRule } from '../azure-audit-rule';
import { inRegion } from '../shared/resource-location';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-keyvault-key-without-expiry',
    title: 'Key vault key has no expiration date',
    severity: 'medium',
    description:
      'A key without an expiration date can stay in use forever; an expiry forces rotation on a schedule and limits how long a leaked or weakened key remains useful.',
    remediation:
      'Set an expiration date on every enabled key, and add a key rotation policy that creates a new version before it expires.',
    links: [
      'https://learn.microsoft.com/en-us/azure/key-vault/keys/how-to-configure-key-rotation',
      'https://learn.microsoft.com/en-us/azure/key-vault/general/about-keys-secrets-certificates',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'secrets',
    compliance: {
      'cis-azure-3.0': ['3.3.1', '3.3.2'],
      'nist-800-53-r5': ['SC-12'],
      'pci-dss-4.0': ['3.6.1', '3.7.4'],
    },
    aliases: ['keyvault_rbac_key_expiration_set', 'keyvault_key_expiration_set_in_non_rbac'],
  },
  needs: ['keyVaults', 'vaultKeys'],
  check(context) {
    const vaults = context.get('keyVaults') ?? [];
    const keys = context.get('vaultKeys');
    if (!keys) return [];
    return vaults.flatMap((vault) =>
      (context.use(keys.get(vault.id ?? '')) ?? [])
        .filter((key) => key.attributes?.enabled !== false && key.attributes?.expires === undefined)
        .map((key) =>
          context.flag(
            key.id ?? `${vault.id}/keys/${key.name}`,
            `Key ${key.name} in vault ${vault.name} has no expiration date.`,
            inRegion(vault),
          ),
        ),
    );
  },
};

export default rule;
