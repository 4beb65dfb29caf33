import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, flagNode, label, readBool, setting } from '../../../azure/azure-resource';
import { STORAGE, storageAccounts } from '../../../azure/storage-view';

const rule: IacRule = {
  meta: {
    id: 'azure-storage-infrastructure-encryption-disabled',
    title: 'Storage account does not use infrastructure encryption',
    severity: 'low',
    description:
      'Infrastructure encryption adds a second, independent layer of AES-256 encryption below the service encryption, so data stays protected if one algorithm or key is compromised. It can only be chosen when the account is created.',
    remediation:
      'Set `infrastructure_encryption_enabled = true` (Terraform) / `encryption.requireInfrastructureEncryption: true` (ARM) on new accounts holding sensitive data.',
    links: ['https://learn.microsoft.com/en-us/azure/storage/common/infrastructure-encryption-enable'],
    scanner: 'iac',
    platform: 'azure',
    category: 'encryption',
    compliance: {
      'cis-azure-3.0': ['4.2'],
      'nist-800-53-r5': ['SC-28', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['AVD-AZU-0061', 'azure-storage-infrastructure-encryption-enabled'],
  },
  check(model) {
    return storageAccounts(model).flatMap((account) => {
      const encryption = setting(account, STORAGE.infrastructureEncryption);
      const value = readBool(encryption.node);
      if (value === true || value === 'unknown') return [];
      const why = value === undefined ? `${encryption.name} is not set` : describeSetting(encryption);
      return [
        flag(account, flagNode(encryption), `${label(account)} has a single layer of encryption: ${why}`),
      ];
    });
  },
};

export default rule;
