import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, label, readText, setting } from '../../../azure/azure-resource';
import { STORAGE, storageAccounts } from '../../../azure/storage-view';

const rule: IacRule = {
  meta: {
    id: 'azure-storage-min-tls-outdated',
    title: 'Storage account accepts TLS versions older than 1.2',
    severity: 'medium',
    description:
      'TLS 1.0 and 1.1 have known weaknesses and are deprecated; a storage account that still accepts them lets old or downgraded clients connect with weak encryption. Unset values are left alone: current providers and the Azure Storage service use TLS 1.2 as the minimum.',
    remediation:
      'Set `min_tls_version = "TLS1_2"` (Terraform) / `minimumTlsVersion: "TLS1_2"` (ARM) and upgrade any client that cannot use it.',
    links: [
      'https://learn.microsoft.com/en-us/azure/storage/common/transport-layer-security-configure-minimum-version',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'encryption',
    compliance: {
      'cis-azure-3.0': ['4.15'],
      'nist-800-53-r5': ['SC-8', 'SC-13'],
      'soc2-2017': ['CC6.7'],
      'pci-dss-4.0': ['4.2.1'],
      'hipaa-security-rule': ['164.312(e)(2)(ii)'],
    },
    aliases: ['CKV_AZURE_44', 'AVD-AZU-0011', 'azure-storage-use-secure-tls-policy'],
  },
  check(model) {
    return storageAccounts(model).flatMap((account) => {
      const tls = setting(account, STORAGE.minTls);
      const version = readText(tls.node);
      if (version === undefined || !/^TLS1_[01]$/i.test(version)) return [];
      return [flag(account, tls.node, `${label(account)} accepts outdated TLS: ${describeSetting(tls)}`)];
    });
  },
};

export default rule;
