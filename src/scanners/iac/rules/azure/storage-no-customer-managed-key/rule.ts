import { flag, type IacRule } from '../../../model/violation';
import { isArm, label } from '../../../azure/azure-resource';
import { storageAccounts, usesCustomerManagedKey } from '../../../azure/storage-view';

const rule: IacRule = {
  meta: {
    id: 'azure-storage-no-customer-managed-key',
    title: 'Storage account is not encrypted with a customer-managed key',
    severity: 'low',
    description:
      'With Microsoft-managed keys, the organisation cannot rotate, revoke or audit the key that protects the data; a customer-managed key in Key Vault allows crypto-shredding and separation of duties for critical data.',
    remediation:
      'Add a `customer_managed_key` block or an `azurerm_storage_account_customer_managed_key` resource (Terraform), or set `encryption.keySource: "Microsoft.Keyvault"` with `keyvaultproperties` (ARM).',
    links: ['https://learn.microsoft.com/en-us/azure/storage/common/customer-managed-keys-overview'],
    scanner: 'iac',
    platform: 'azure',
    category: 'encryption',
    compliance: {
      'cis-azure-3.0': ['4.11'],
      'nist-800-53-r5': ['SC-12', 'SC-28'],
      'pci-dss-4.0': ['3.6.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['CKV2_AZURE_1', 'AVD-AZU-0060'],
  },
  check(model) {
    return storageAccounts(model).flatMap((account) => {
      if (usesCustomerManagedKey(model, account) !== false) return [];
      const missing = isArm(account)
        ? 'properties.encryption.keySource is not "Microsoft.Keyvault"'
        : 'no customer_managed_key block or azurerm_storage_account_customer_managed_key resource';
      return [
        flag(account, undefined, `${label(account)} is encrypted with Microsoft-managed keys: ${missing}`),
      ];
    });
  },
};

export default rule;
