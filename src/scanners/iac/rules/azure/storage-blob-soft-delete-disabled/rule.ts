import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, flagNode, isArm, label, readText, setting } from '../../../azure/azure-resource';
import { blobSoftDelete, STORAGE, storageAccounts } from '../../../azure/storage-view';

const rule: IacRule = {
  meta: {
    id: 'azure-storage-blob-soft-delete-disabled',
    title: 'Storage account does not keep deleted blobs (soft delete off)',
    severity: 'low',
    description:
      'Without blob soft delete, a blob deleted or overwritten by mistake, by a faulty deployment or by ransomware is gone at once; soft delete keeps it recoverable for the retention period.',
    remediation:
      'Add `blob_properties { delete_retention_policy { days = 7 } }` (Terraform), or a `blobServices` resource named `default` with `deleteRetentionPolicy.enabled: true` (ARM); container soft delete is recommended too.',
    links: [
      'https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-blob-overview',
      'https://learn.microsoft.com/en-us/azure/storage/blobs/soft-delete-blob-enable',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'resilience',
    compliance: {
      'cis-azure-3.0': ['4.10'],
      'nist-800-53-r5': ['CP-9', 'CP-10'],
      'soc2-2017': ['A1.2'],
      'hipaa-security-rule': ['164.308(a)(7)(ii)(A)'],
    },
    aliases: ['CKV2_AZURE_38', 'AVD-AZU-0056'],
  },
  check(model) {
    return storageAccounts(model).flatMap((account) => {
      const kind = readText(setting(account, STORAGE.accountKind).node);
      if (kind === 'unknown' || kind?.toLowerCase() === 'filestorage') return [];
      const places = blobSoftDelete(model, account);
      if (places.some((place) => place.enabled !== false)) return [];
      if (places.length === 0 && isArm(account)) {
        return [
          flag(
            account,
            undefined,
            `${label(account)} keeps no deleted blobs: no blobServices resource enables deleteRetentionPolicy`,
          ),
        ];
      }
      return places.map(({ setting: value }) =>
        flag(
          value.resource,
          flagNode(value),
          `${label(account)} keeps no deleted blobs: ${describeSetting(value)}`,
        ),
      );
    });
  },
};

export default rule;
