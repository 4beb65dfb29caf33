import { at, readBool } from '../../../gcp/gcp-settings';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-storage-versioning',
    title: 'Cloud Storage bucket does not keep object versions',
    severity: 'low',
    description:
      'Without object versioning, an overwrite or delete is final: a mistaken sync, a compromised credential or ransomware that rewrites objects leaves nothing to restore from.',
    remediation:
      'Add `versioning { enabled = true }` to the bucket, with a lifecycle rule that deletes noncurrent versions after the retention you need; or protect the data with a retention policy or soft delete.',
    links: [
      'https://cloud.google.com/storage/docs/object-versioning',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#versioning',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'storage',
    compliance: {
      'nist-800-53-r5': ['CP-9', 'SI-7'],
      'soc2-2017': ['A1.2'],
      'hipaa-security-rule': ['164.308(a)(7)(ii)(A)', '164.312(c)(1)'],
    },
    aliases: ['CKV_GCP_78', 'AVD-GCP-0078', 'google-storage-enable-bucket-versioning'],
  },
  check(model) {
    return model.ofType('google_storage_bucket').flatMap((bucket) => {
      const versioning = at(bucket.body, 'versioning');
      const enabled = at(versioning, 'enabled');
      const value = readBool(enabled);
      if (value === true || value === 'unknown' || versioning?.kind === 'unknown') return [];
      const node = enabled ?? versioning;
      return [
        flag(
          bucket,
          node,
          `bucket ${bucket.address} ${value === false ? 'turns versioning off' : 'does not enable versioning'}; overwritten or deleted objects cannot be recovered`,
        ),
      ];
    });
  },
};

export default rule;
