import type { IacRule } from '../../../model/violation';
import { requireTrue, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-cloudtrail-log-validation-disabled',
    title: 'CloudTrail log file validation is off',
    severity: 'medium',
    description:
      'Log file validation writes signed digests of every log file, so deleted or altered logs can be detected. Without it, someone who reaches the log bucket can cover their tracks unnoticed.',
    remediation: 'Set `enable_log_file_validation = true` (`EnableLogFileValidation: true`).',
    links: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#enable_log_file_validation',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'logging',
    compliance: {
      'cis-aws-3.0': ['3.2'],
      'nist-800-53-r5': ['AU-9', 'SI-7'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.3.2', '10.3.4'],
      'hipaa-security-rule': ['164.312(c)(1)'],
    },
    aliases: ['CKV_AWS_36', 'AVD-AWS-0016', 'aws-cloudtrail-enable-log-validation'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_cloudtrail', path: 'enable_log_file_validation' },
        { type: 'AWS::CloudTrail::Trail', path: 'EnableLogFileValidation' },
      ],
      requireTrue(false),
    ),
};

export default rule;
