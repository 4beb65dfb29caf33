import type { IacRule } from '../../../model/violation';
import { requirePresent, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-cloudfront-without-waf',
    title: 'CloudFront distribution has no WAF',
    severity: 'medium',
    description:
      'A distribution without a web ACL serves every request to the origin, and CloudFront is often the public front door of the whole application.',
    remediation:
      'Set `web_acl_id` (`DistributionConfig.WebACLId`) to a WAFv2 web ACL created in us-east-1 with scope CLOUDFRONT.',
    links: [
      'https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudfront_distribution#web_acl_id',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'SI-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['6.4.1', '6.4.2'],
    },
    aliases: ['CKV_AWS_68', 'AVD-AWS-0011', 'aws-cloudfront-enable-waf'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_cloudfront_distribution', path: 'web_acl_id' },
        { type: 'AWS::CloudFront::Distribution', path: 'DistributionConfig.WebACLId' },
      ],
      requirePresent('requests reach the origin unfiltered'),
    ),
};

export default rule;
