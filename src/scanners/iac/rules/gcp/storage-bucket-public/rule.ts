import { storageAclGrants } from '../../../gcp/acl-grants';
import { grantTarget, iamGrants } from '../../../gcp/iam-bindings';
import { isPublicMember } from '../../../gcp/iam-members';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-storage-bucket-public',
    title: 'Cloud Storage bucket is readable or writable by allUsers or allAuthenticatedUsers',
    severity: 'critical',
    description:
      'A bucket role or ACL entry for `allUsers` serves the objects to anyone on the internet without authentication; `allAuthenticatedUsers` does the same for anyone with any Google account. Public buckets are among the most common causes of cloud data leaks.',
    remediation:
      'Remove the `allUsers` / `allAuthenticatedUsers` member or ACL entry and grant access to named principals. Set `public_access_prevention = "enforced"` on buckets that must never be public; serve public content through Cloud CDN or a load balancer with signed URLs instead.',
    links: [
      'https://cloud.google.com/storage/docs/access-control/making-data-public',
      'https://cloud.google.com/storage/docs/public-access-prevention',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_iam',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'storage',
    compliance: {
      'cis-gcp-3.0': ['5.1'],
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['1.4.1', '7.2.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: ['CKV_GCP_28', 'AVD-GCP-0001', 'google-storage-no-public-access'],
  },
  check(model) {
    const iam = iamGrants(model)
      .filter((grant) => grant.scope === 'bucket' && isPublicMember(grant.member))
      .map((grant) =>
        flag(
          grant.resource,
          grant.member.node,
          `${grant.member.text} is granted ${grant.role === 'unknown' || !grant.role ? 'a role' : grant.role} on ${grantTarget(grant)}`,
        ),
      );
    const acls = storageAclGrants(model)
      .filter((grant) => isPublicMember(grant.member))
      .map((grant) =>
        flag(
          grant.resource,
          grant.member.node,
          `${grant.resource.address} gives ${grant.member.text} ${grant.role ?? 'access'} through a Cloud Storage ACL`,
        ),
      );
    return [...iam, ...acls];
  },
};

export default rule;
