import type { IacRule } from '../../../model/violation';
import { publicResourcePolicies } from '../shared/public-resource-policy';

const rule: IacRule = {
  meta: {
    id: 'aws-s3-policy-public-principal',
    title: 'S3 bucket policy grants access to any principal',
    severity: 'critical',
    description:
      'A bucket policy statement that allows `Principal: "*"` (or uses `NotPrincipal`) without a condition on the caller (source VPC endpoint, IP range, organization, account) gives its actions to anyone on the internet, anonymous callers included.',
    remediation:
      'Name the accounts, roles or services that need access in `Principal`, or add a condition such as `aws:PrincipalOrgID`, `aws:SourceVpce` or `aws:SourceArn`. Serve public content through CloudFront with origin access control instead of a public bucket.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
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
    aliases: ['CKV_AWS_70'],
  },
  check: (model) => publicResourcePolicies(model, 's3', 'bucket'),
};

export default rule;
