import { at, readBool } from '../../../gcp/gcp-settings';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-storage-uniform-access',
    title: 'Cloud Storage bucket does not use uniform bucket-level access',
    severity: 'medium',
    description:
      'Without uniform bucket-level access, object ACLs grant access alongside IAM. An object can then be public while the bucket policy looks private, and access reviews of IAM miss it. Uniform access turns ACLs off so IAM alone decides.',
    remediation:
      'Set `uniform_bucket_level_access = true` on the bucket and move any access granted through ACLs to IAM bindings.',
    links: [
      'https://cloud.google.com/storage/docs/uniform-bucket-level-access',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket#uniform_bucket_level_access',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'storage',
    compliance: {
      'cis-gcp-3.0': ['5.2'],
      'nist-800-53-r5': ['AC-3', 'CM-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['7.2.1'],
    },
    aliases: ['CKV_GCP_29', 'AVD-GCP-0002', 'google-storage-enable-ubla'],
  },
  check(model) {
    return model.ofType('google_storage_bucket').flatMap((bucket) => {
      const node = at(bucket.body, 'uniform_bucket_level_access') ?? at(bucket.body, 'bucket_policy_only');
      const value = readBool(node);
      if (value === true || value === 'unknown') return [];
      const why =
        value === false
          ? 'turns uniform bucket-level access off'
          : 'does not enable uniform bucket-level access';
      return [
        flag(bucket, node, `bucket ${bucket.address} ${why}, so object ACLs can grant access outside IAM`),
      ];
    });
  },
};

export default rule;
