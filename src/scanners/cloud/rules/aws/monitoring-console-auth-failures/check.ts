import { metricFilterRule } from '../shared/metric-filter-check';

export default metricFilterRule(
  {
    id: 'aws-audit-monitoring-console-auth-failures',
    title: 'Console authentication failures are not monitored',
    severity: 'low',
    description:
      'Bursts of failed console sign-ins reveal password guessing against IAM users. CIS asks for a CloudWatch Logs metric filter on the trail log group, an alarm on its metric and an SNS topic with a subscriber.',
    remediation:
      'Create a metric filter on the CloudWatch Logs group of your multi-region trail with the CIS pattern for console authentication failures, an alarm on its metric (threshold 1, sum over 5 minutes) and an SNS topic with at least one subscriber as the alarm action. For an organisation trail, do this in the account that holds the log group.',
    links: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'monitoring',
    compliance: {
      'cis-aws-4.0.1': ['4.6'],
      'nist-800-53-r5': ['AU-6', 'SI-4'],
      'soc2-2017': ['CC7.2'],
      'hipaa-security-rule': ['164.308(a)(1)(ii)(D)'],
    },
    aliases: ['cloudwatch_log_metric_filter_authentication_failures'],
  },
  'console authentication failures',
  ['$.eventName = ConsoleLogin', '$.errorMessage = "Failed authentication"'],
);
