import type { IacRule } from '../../../model/violation';
import { requirePresent, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-cloudtrail-no-cloudwatch',
    title: 'CloudTrail does not deliver to CloudWatch Logs',
    severity: 'low',
    description:
      'Logs that only land in S3 are read after the fact. Delivering them to CloudWatch Logs is what makes the metric filters and alarms (root usage, policy changes, console sign-in without MFA) possible.',
    remediation:
      'Set `cloud_watch_logs_group_arn` and `cloud_watch_logs_role_arn` (`CloudWatchLogsLogGroupArn`, `CloudWatchLogsRoleArn`).',
    links: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudtrail#cloud_watch_logs_group_arn',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'logging',
    compliance: {
      'nist-800-53-r5': ['AU-6', 'SI-4'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.2.1'],
    },
    aliases: ['CKV2_AWS_10', 'AVD-AWS-0162', 'aws-cloudtrail-ensure-cloudwatch-integration'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_cloudtrail', path: 'cloud_watch_logs_group_arn' },
        { type: 'AWS::CloudTrail::Trail', path: 'CloudWatchLogsLogGroupArn' },
      ],
      requirePresent('no alarm can watch its events'),
    ),
};

export default rule;
