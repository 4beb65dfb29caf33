import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, flagNode, label, readBool } from '../../../azure/azure-resource';
import { virtualMachines } from '../../../azure/vm-view';

const rule: IacRule = {
  meta: {
    id: 'azure-vm-encryption-at-host-disabled',
    title: 'Virtual machine does not use encryption at host',
    severity: 'medium',
    description:
      'Server-side encryption protects managed disks at rest in storage, but temporary disks and the OS and data disk caches on the host stay unencrypted unless encryption at host is on; data written there can be recovered from the physical host.',
    remediation:
      'Set `encryption_at_host_enabled = true` (Terraform) / `securityProfile.encryptionAtHost: true` (ARM) after registering the `EncryptionAtHost` feature on the subscription.',
    links: [
      'https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption-overview',
      'https://learn.microsoft.com/en-us/azure/virtual-machines/disks-enable-host-based-encryption-portal',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'encryption',
    compliance: {
      'nist-800-53-r5': ['SC-28', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['CKV_AZURE_97', 'CKV_AZURE_151'],
  },
  check(model) {
    return virtualMachines(model).flatMap(({ resource, encryptionAtHost }) => {
      const value = readBool(encryptionAtHost.node);
      if (value === true || value === 'unknown') return [];
      const why =
        value === undefined ? `${encryptionAtHost.name} is not set` : describeSetting(encryptionAtHost);
      return [
        flag(
          resource,
          flagNode(encryptionAtHost),
          `${label(resource)} leaves temporary disks and disk caches unencrypted: ${why}`,
        ),
      ];
    });
  },
};

export default rule;
