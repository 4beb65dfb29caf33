import { flag, type IacRule } from '../../../model/violation';
import { flagNode, isSet, label, setting } from '../../../azure/azure-resource';
import { AKS, aksClusters } from '../../../azure/aks-view';

const rule: IacRule = {
  meta: {
    id: 'azure-aks-disk-encryption-set-missing',
    title: 'AKS node disks are not encrypted with a customer-managed key',
    severity: 'low',
    description:
      'Node OS and data disks are encrypted with platform keys unless a disk encryption set is given; with a customer-managed key the organisation controls rotation and can revoke access to the disks.',
    remediation:
      'Set `disk_encryption_set_id` (Terraform) / `diskEncryptionSetID` (ARM) to a disk encryption set backed by a Key Vault key.',
    links: ['https://learn.microsoft.com/en-us/azure/aks/azure-disk-customer-managed-keys'],
    scanner: 'iac',
    platform: 'azure',
    category: 'encryption',
    compliance: {
      'nist-800-53-r5': ['SC-12', 'SC-28'],
      'pci-dss-4.0': ['3.6.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['CKV_AZURE_117', 'AVD-AZU-0067'],
  },
  check(model) {
    return aksClusters(model).flatMap((cluster) => {
      const set = setting(cluster, AKS.diskEncryptionSet);
      if (isSet(set.node) !== false) return [];
      return [
        flag(
          cluster,
          flagNode(set),
          `${label(cluster)} uses platform-managed keys for node disks: ${set.name} is not set`,
        ),
      ];
    });
  },
};

export default rule;
