import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, label, readBool, setting } from '../../../azure/azure-resource';
import { KEY_VAULT, keyVaults } from '../../../azure/key-vault-view';

const rule: IacRule = {
  meta: {
    id: 'azure-keyvault-soft-delete-disabled',
    title: 'Key vault soft delete is switched off',
    severity: 'high',
    description:
      'With soft delete off, a deleted vault or a deleted key, secret or certificate is gone immediately, along with everything encrypted by it. Azure now enforces soft delete on new vaults, so a template that switches it off targets an old API or fails to deploy.',
    remediation:
      'Remove `enableSoftDelete: false` (ARM) or `soft_delete_enabled = false` (older Terraform providers), and keep `soft_delete_retention_days` / `softDeleteRetentionInDays` at 90 unless there is a reason for less.',
    links: [
      'https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview',
      'https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-change',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'resilience',
    compliance: {
      'cis-azure-3.0': ['3.3.5'],
      'nist-800-53-r5': ['CP-9'],
      'soc2-2017': ['A1.2'],
      'hipaa-security-rule': ['164.308(a)(7)(ii)(A)'],
    },
    aliases: ['CKV_AZURE_111', 'CKV_AZURE_42'],
  },
  check(model) {
    return keyVaults(model).flatMap((vault) => {
      const softDelete = setting(vault, KEY_VAULT.softDelete);
      if (readBool(softDelete.node) !== false) return [];
      return [
        flag(
          vault,
          softDelete.node,
          `${label(vault)} deletes keys and secrets irrecoverably: ${describeSetting(softDelete)}`,
        ),
      ];
    });
  },
};

export default rule;
