import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, isArm, flagNode, label, readBool, setting } from '../../../azure/azure-resource';
import { STORAGE, storageAccounts } from '../../../azure/storage-view';

const rule: IacRule = {
  meta: {
    id: 'azure-storage-blob-public-access-allowed',
    title: 'Storage account allows anonymous public access to blobs',
    severity: 'high',
    description:
      'When the account allows nested items to be public, any container can be switched to anonymous read access and its blobs become readable by anyone with the URL; most storage data leaks start this way. The Terraform provider allows it unless told otherwise, so an unset argument is reported there; ARM templates are reported when they allow it explicitly.',
    remediation:
      'Set `allow_nested_items_to_be_public = false` (Terraform) / `allowBlobPublicAccess: false` (ARM) and share data through SAS tokens or Entra ID instead.',
    links: [
      'https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent',
      'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/storage_account#allow_nested_items_to_be_public',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'access-control',
    compliance: {
      'cis-azure-3.0': ['4.17'],
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['1.3.1', '7.2.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: ['CKV_AZURE_190'],
  },
  check(model) {
    return storageAccounts(model).flatMap((account) => {
      const allowed = setting(account, STORAGE.nestedItemsPublic);
      const value = readBool(allowed.node);
      if (value === false || value === 'unknown' || (value === undefined && isArm(account))) return [];
      const why =
        value === undefined
          ? `${allowed.name} is not set, and the provider defaults it to true`
          : describeSetting(allowed);
      return [flag(account, flagNode(allowed), `${label(account)} lets containers be made public: ${why}`)];
    });
  },
};

export default rule;
