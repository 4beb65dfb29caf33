import type { GcpAuditRule } from '../gcp-audit-rule';
import { bucketLocation, bucketResource } from '../shared/bucket';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-storage-uniform-access-disabled',
    title: 'Cloud Storage bucket uses fine-grained ACLs instead of uniform bucket-level access',
    severity: 'medium',
    description:
      "With fine-grained access, every object can carry its own ACL next to the bucket's IAM policy, so who can read what is spread across millions of objects and cannot be reviewed; a single public object ACL leaks data while the bucket policy looks private.",
    remediation:
      'Turn on uniform bucket-level access (gcloud storage buckets update gs://NAME --uniform-bucket-level-access) after moving the grants that object ACLs gave into the bucket IAM policy; enforce storage.uniformBucketLevelAccess for new buckets.',
    links: [
      'https://cloud.google.com/storage/docs/uniform-bucket-level-access',
      'https://cloud.google.com/storage/docs/using-uniform-bucket-level-access',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'storage',
    compliance: {
      'cis-gcp-3.0': ['5.2'],
      'nist-800-53-r5': ['AC-3'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['7.2.1'],
    },
    aliases: ['cloudstorage_bucket_uniform_bucket_level_access'],
  },
  needs: ['buckets'],
  check(context) {
    return (context.get('buckets') ?? [])
      .filter((bucket) => bucket.iamConfiguration?.uniformBucketLevelAccess?.enabled !== true)
      .map((bucket) =>
        context.flag(
          bucketResource(bucket),
          `Bucket ${bucket.name} has uniform bucket-level access off, so object ACLs can grant access.`,
          bucketLocation(bucket),
        ),
      );
  },
};

export default rule;
