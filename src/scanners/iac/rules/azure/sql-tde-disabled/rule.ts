import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, label, readBool, readText } from '../../../azure/azure-resource';
import { transparentDataEncryption } from '../../../azure/sql-view';

const rule: IacRule = {
  meta: {
    id: 'azure-sql-tde-disabled',
    title: 'SQL database transparent data encryption is switched off',
    severity: 'high',
    description:
      'Transparent data encryption protects database files, backups and logs at rest; with it switched off, anyone who obtains a copy of the storage or a backup can read the data.',
    remediation:
      'Remove `transparent_data_encryption_enabled = false` (Terraform) or set the `transparentDataEncryption` resource to `state: "Enabled"` (ARM).',
    links: [
      'https://learn.microsoft.com/en-us/azure/azure-sql/database/transparent-data-encryption-tde-overview',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'encryption',
    compliance: {
      'cis-azure-3.0': ['5.1.5'],
      'nist-800-53-r5': ['SC-28', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: ['CKV2_AZURE_25'],
  },
  check(model) {
    return transparentDataEncryption(model).flatMap((tde) => {
      const off = tde.name.startsWith('properties.')
        ? readText(tde.node)?.toLowerCase() === 'disabled'
        : readBool(tde.node) === false;
      return off
        ? [
            flag(
              tde.resource,
              tde.node,
              `${label(tde.resource)} stores data unencrypted: ${describeSetting(tde)}`,
            ),
          ]
        : [];
    });
  },
};

export default rule;
