import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, label, readText } from '../../../azure/azure-resource';
import { blobContainers } from '../../../azure/storage-view';

const rule: IacRule = {
  meta: {
    id: 'azure-storage-container-public',
    title: 'Blob container allows anonymous read access',
    severity: 'high',
    description:
      'A container with `blob` or `container` access level serves its blobs to anyone on the Internet without authentication, and with `container` level anyone can also list them.',
    remediation:
      'Set `container_access_type = "private"` (Terraform) / `publicAccess: "None"` (ARM) and share individual blobs through short-lived SAS tokens.',
    links: [
      'https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-configure',
      'https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'access-control',
    compliance: {
      'cis-azure-3.0': ['4.17'],
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['7.2.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: ['CKV_AZURE_34', 'AVD-AZU-0007', 'azure-storage-no-public-access'],
  },
  check(model) {
    return blobContainers(model).flatMap((access) => {
      const level = readText(access.node);
      if (level === undefined || !/^(blob|container)$/i.test(level)) return [];
      return [
        flag(
          access.resource,
          access.node,
          `${label(access.resource)} is readable without authentication: ${describeSetting(access)}`,
        ),
      ];
    });
  },
};

export default rule;
