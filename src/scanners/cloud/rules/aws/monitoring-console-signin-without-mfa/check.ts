import { metricFilterRule } from '../shared/metric-filter-check';

export default metricFilterRule(
  {
    id: 'aws-audit-monitoring-console-signin-without-mfa',
    title: 'Console sign-ins without MFA are not monitored',
    severity: 'low',
    description:
      'A console sign-in without MFA means a user (or someone with their password) bypassed the strongest protection of the account; it should raise an alert. CIS asks for a CloudWatch Logs metric filter on the trail log group, an alarm on its metric and an SNS topic with a subscriber.',
    remediation:
      'Create a metric filter on the CloudWatch Logs group of your multi-region trail with the CIS pattern for console sign-in without MFA, an alarm on its metric (threshold 1, sum over 5 minutes) and an SNS topic with at least one subscriber as the alarm action. For an organisation trail, do this in the account that holds the log group.',
    links: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'monitoring',
    compliance: {
      'cis-aws-4.0.1': ['4.2'],
      'nist-800-53-r5': ['AU-6', 'SI-4'],
      'soc2-2017': ['CC7.2'],
    },
    aliases: ['cloudwatch_log_metric_filter_sign_in_without_mfa'],
  },
  'console sign-in without MFA',
  ['$.eventName = ConsoleLogin', '$.additionalEventData.MFAUsed != Yes'],
);
