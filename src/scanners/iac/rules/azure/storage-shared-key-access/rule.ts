import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, flagNode, label, readBool, setting } from '../../../azure/azure-resource';
import { STORAGE, storageAccounts } from '../../../azure/storage-view';

const rule: IacRule = {
  meta: {
    id: 'azure-storage-shared-key-access',
    title: 'Storage account allows shared key authorization',
    severity: 'low',
    description:
      'Account keys grant full access to all data in the account, never expire and cannot be scoped; any leaked key or SAS token signed with it works until the key is rotated. Microsoft Entra ID authorization gives per-identity, auditable access instead. Both formats allow shared keys unless told otherwise.',
    remediation:
      'Set `shared_access_key_enabled = false` (Terraform) / `allowSharedKeyAccess: false` (ARM) once clients use Entra ID (for Terraform itself, `storage_use_azuread = true` in the provider).',
    links: ['https://learn.microsoft.com/en-us/azure/storage/common/shared-key-authorization-prevent'],
    scanner: 'iac',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['IA-2', 'IA-5'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.2.2'],
    },
    aliases: ['CKV2_AZURE_40'],
  },
  check(model) {
    return storageAccounts(model).flatMap((account) => {
      const sharedKey = setting(account, STORAGE.sharedKey);
      const value = readBool(sharedKey.node);
      if (value === false || value === 'unknown') return [];
      const why =
        value === undefined
          ? `${sharedKey.name} is not set, so shared keys are allowed`
          : describeSetting(sharedKey);
      return [flag(account, flagNode(sharedKey), `${label(account)} accepts account keys: ${why}`)];
    });
  },
};

export default rule;
