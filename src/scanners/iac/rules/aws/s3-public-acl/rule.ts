import type { Violation } from '../../../../../core/engine';
import { label, readText } from '../../../aws/aws-resource';
import { s3Buckets } from '../../../aws/s3-bucket-view';
import { flag, type IacRule } from '../../../model/violation';

/** Canned ACLs that grant to everyone or to every AWS account, in Terraform and CloudFormation spelling. */
const PUBLIC_ACLS = new Set([
  'public-read',
  'public-read-write',
  'authenticated-read',
  'publicread',
  'publicreadwrite',
  'authenticatedread',
]);
const PUBLIC_GROUPS = /acs\.amazonaws\.com\/groups\/global\/(AllUsers|AuthenticatedUsers)$/;

const rule: IacRule = {
  meta: {
    id: 'aws-s3-public-acl',
    title: 'S3 bucket ACL grants access to everyone',
    severity: 'high',
    description:
      'The public-read, public-read-write and authenticated-read canned ACLs, and grants to the AllUsers or AuthenticatedUsers groups, let anyone on the internet (or any AWS account) list, read or write the bucket. This is how most S3 data leaks happen.',
    remediation:
      'Use the `private` ACL, or better disable ACLs with object ownership `BucketOwnerEnforced`, and grant access through bucket policies scoped to specific principals.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'storage',
    compliance: {
      'cis-aws-3.0': ['2.1.4'],
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['1.3.1', '7.2.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: ['CKV_AWS_20', 'CKV_AWS_57', 'AVD-AWS-0092', 'aws-s3-no-public-access-with-acl'],
  },
  check(model) {
    const violations: Violation[] = [];
    const seen = new Set<unknown>();
    for (const bucket of s3Buckets(model)) {
      for (const acl of bucket.acls) {
        const value = readText(acl.node);
        if (seen.has(acl.node) || !value || !PUBLIC_ACLS.has(value.toLowerCase())) continue;
        seen.add(acl.node);
        violations.push(
          flag(
            acl.resource,
            acl.node,
            `${acl.name} "${value}" makes bucket ${label(bucket.bucket)} readable by everyone`,
          ),
        );
      }
      for (const grantee of bucket.grantees) {
        const value = readText(grantee.node);
        if (seen.has(grantee.node) || !value || !PUBLIC_GROUPS.test(value)) continue;
        seen.add(grantee.node);
        violations.push(
          flag(
            grantee.resource,
            grantee.node,
            `${grantee.name} grants bucket ${label(bucket.bucket)} to the ${value.split('/').pop()} group`,
          ),
        );
      }
    }
    return violations;
  },
};

export default rule;
