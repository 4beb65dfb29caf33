import { eventNames, metricFilterRule } from '../shared/metric-filter-check';

export default metricFilterRule(
  {
    id: 'aws-audit-monitoring-config-changes',
    title: 'AWS Config configuration changes are not monitored',
    severity: 'low',
    description:
      'Stopping the Config recorder or changing its delivery channel blinds configuration history and compliance rules. CIS asks for a CloudWatch Logs metric filter on the trail log group, an alarm on its metric and an SNS topic with a subscriber.',
    remediation:
      'Create a metric filter on the CloudWatch Logs group of your multi-region trail with the CIS pattern for AWS Config configuration changes, an alarm on its metric (threshold 1, sum over 5 minutes) and an SNS topic with at least one subscriber as the alarm action. For an organisation trail, do this in the account that holds the log group.',
    links: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'monitoring',
    compliance: {
      'cis-aws-4.0.1': ['4.9'],
      'nist-800-53-r5': ['AU-6', 'SI-4'],
      'soc2-2017': ['CC7.2'],
    },
    aliases: ['cloudwatch_log_metric_filter_and_alarm_for_aws_config_configuration_changes_enabled'],
  },
  'AWS Config configuration changes',
  [
    '$.eventSource = config.amazonaws.com',
    ...eventNames(
      'StopConfigurationRecorder',
      'DeleteDeliveryChannel',
      'PutDeliveryChannel',
      'PutConfigurationRecorder',
    ),
  ],
);
