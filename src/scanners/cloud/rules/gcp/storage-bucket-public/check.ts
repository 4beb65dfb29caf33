import type { GcpAuditRule } from '../gcp-audit-rule';
import { bucketLocation, bucketResource } from '../shared/bucket';
import { PUBLIC_MEMBERS, describeGrants, grantsMatching } from '../shared/iam-bindings';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-storage-bucket-public',
    title: 'Cloud Storage bucket is readable or writable by allUsers or allAuthenticatedUsers',
    severity: 'critical',
    description:
      'A bucket role or ACL granted to allUsers opens it to anyone on the Internet, and allAuthenticatedUsers to anyone with any Google account. Public buckets are the most common source of cloud data leaks, and a writable one can be used to plant malware or run up costs.',
    remediation:
      'Remove allUsers and allAuthenticatedUsers from the bucket IAM policy and ACLs (gcloud storage buckets remove-iam-policy-binding), serve public content through Cloud CDN or signed URLs instead, and enforce public access prevention (storage.publicAccessPrevention) on the bucket or organisation.',
    links: [
      'https://cloud.google.com/storage/docs/public-access-prevention',
      'https://cloud.google.com/storage/docs/access-control/making-data-public',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'storage',
    compliance: {
      'cis-gcp-3.0': ['5.1'],
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['1.3.1', '7.2.1'],
      'hipaa-security-rule': ['164.308(a)(4)(i)', '164.312(a)(1)'],
    },
    aliases: ['cloudstorage_bucket_public_access'],
  },
  needs: ['bucketPolicies'],
  check(context) {
    return (context.get('bucketPolicies') ?? []).flatMap(({ bucket, policy }) => {
      const read = context.use(policy);
      const grants = grantsMatching(read, (_role, member) => PUBLIC_MEMBERS.has(member));
      const acls = (bucket.acl ?? []).filter((entry) => PUBLIC_MEMBERS.has(entry.entity ?? ''));
      const exposures = [
        ...grants.map((grant) => `${describeGrants(grant)} to ${grant.member}`),
        ...acls.map((entry) => `ACL ${entry.role} to ${entry.entity}`),
      ];
      if (exposures.length === 0) return [];
      return [
        context.flag(
          bucketResource(bucket),
          `Bucket ${bucket.name} grants ${exposures.join('; ')}.`,
          bucketLocation(bucket),
        ),
      ];
    });
  },
};

export default rule;
