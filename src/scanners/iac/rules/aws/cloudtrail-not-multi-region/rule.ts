import type { IacRule } from '../../../model/violation';
import { requireTrue, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-cloudtrail-not-multi-region',
    title: 'CloudTrail trail records only its own region',
    severity: 'high',
    description:
      'A single-region trail misses every API call made in the other regions, which is exactly where an intruder launches crypto-mining instances or hides resources.',
    remediation:
      'Set `is_multi_region_trail = true` (`IsMultiRegionTrail: true`), and keep `include_global_service_events` on.',
    links: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/best-practices-security.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'logging',
    compliance: {
      'cis-aws-3.0': ['3.1'],
      'nist-800-53-r5': ['AU-2', 'AU-12'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.2.1'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: ['CKV_AWS_67', 'AVD-AWS-0014', 'aws-cloudtrail-enable-all-regions'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_cloudtrail', path: 'is_multi_region_trail' },
        { type: 'AWS::CloudTrail::Trail', path: 'IsMultiRegionTrail' },
      ],
      requireTrue(false),
    ),
};

export default rule;
