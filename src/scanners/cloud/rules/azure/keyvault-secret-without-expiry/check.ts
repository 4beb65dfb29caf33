import type { AzureAuditRule } from '../azure-audit-rule';
import { inRegion } from '../shared/resource-location';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-keyvault-secret-without-expiry',
    title: 'Key vault secret has no expiration date',
    severity: 'medium',
    description:
      'Secrets without an expiration date (passwords, connection strings, API keys) tend never to be rotated, so one that leaks stays valid indefinitely.',
    remediation:
      'Set an expiration date on every enabled secret and rotate it before that date; Event Grid "near expiry" events can drive the rotation.',
    links: [
      'https://learn.microsoft.com/en-us/azure/key-vault/secrets/tutorial-rotation',
      'https://learn.microsoft.com/en-us/azure/key-vault/general/about-keys-secrets-certificates',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'secrets',
    compliance: {
      'cis-azure-3.0': ['3.3.3', '3.3.4'],
      'nist-800-53-r5': ['IA-5', 'SC-12'],
      'pci-dss-4.0': ['8.3.9'],
    },
    aliases: ['keyvault_rbac_secret_expiration_set', 'keyvault_non_rbac_secret_expiration_set'],
  },
  needs: ['keyVaults', 'vaultSecrets'],
  check(context) {
    const vaults = context.get('keyVaults') ?? [];
    const secrets = context.get('vaultSecrets');
    if (!secrets) return [];
    return vaults.flatMap((vault) =>
      (context.use(secrets.get(vault.id ?? '')) ?? [])
        .filter((secret) => {
          const attributes = secret.properties?.attributes;
          return attributes?.enabled !== false && attributes?.expires === undefined;
        })
        .map((secret) =>
          context.flag(
            secret.id ?? `${vault.id}/secrets/${secret.name}`,
            `Secret ${secret.name} in vault ${vault.name} has no expiration date.`,
            inRegion(vault),
          ),
        ),
    );
  },
};

export default rule;
