import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, label, readBool, setting } from '../../../azure/azure-resource';
import { STORAGE, storageAccounts } from '../../../azure/storage-view';

const rule: IacRule = {
  meta: {
    id: 'azure-storage-https-not-enforced',
    title: 'Storage account accepts unencrypted HTTP requests',
    severity: 'high',
    description:
      'With secure transfer switched off, the storage account answers plain HTTP and unencrypted SMB requests, so shared keys, SAS tokens and the data itself can be read or altered by anyone on the path.',
    remediation:
      'Remove the setting or set `https_traffic_only_enabled = true` (Terraform) / `supportsHttpsTrafficOnly: true` (ARM).',
    links: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer'],
    scanner: 'iac',
    platform: 'azure',
    category: 'encryption',
    compliance: {
      'cis-azure-3.0': ['4.1'],
      'nist-800-53-r5': ['SC-8', 'SC-8(1)'],
      'soc2-2017': ['CC6.7'],
      'pci-dss-4.0': ['4.2.1'],
      'hipaa-security-rule': ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    },
    aliases: ['CKV_AZURE_3', 'AVD-AZU-0008', 'azure-storage-enforce-https'],
  },
  check(model) {
    return storageAccounts(model).flatMap((account) => {
      const https = setting(account, STORAGE.httpsOnly);
      if (readBool(https.node) !== false) return [];
      return [flag(account, https.node, `${label(account)} accepts plain HTTP: ${describeSetting(https)}`)];
    });
  },
};

export default rule;
