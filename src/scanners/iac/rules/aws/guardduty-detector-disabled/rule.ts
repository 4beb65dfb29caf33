import type { IacRule } from '../../../model/violation';
import { requireTrue, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-guardduty-detector-disabled',
    title: 'GuardDuty detector is disabled',
    severity: 'high',
    description:
      'GuardDuty watches CloudTrail, VPC flow and DNS logs for compromised credentials, crypto-mining and reconnaissance. A disabled detector raises no finding while an attack is under way.',
    remediation:
      'Set `enable = true` (`Enable: true`) on the detector in every region, and enable it organization-wide with `aws_guardduty_organization_configuration`.',
    links: [
      'https://docs.aws.amazon.com/guardduty/latest/ug/what-is-guardduty.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/guardduty_detector',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'monitoring',
    compliance: {
      'nist-800-53-r5': ['SI-4'],
      'soc2-2017': ['CC7.2', 'CC7.3'],
      'pci-dss-4.0': ['11.5.1'],
      'hipaa-security-rule': ['164.308(a)(1)(ii)(D)'],
    },
    aliases: ['CKV2_AWS_3'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_guardduty_detector', path: 'enable' },
        { type: 'AWS::GuardDuty::Detector', path: 'Enable' },
      ],
      requireTrue(true),
    ),
};

export default rule;
