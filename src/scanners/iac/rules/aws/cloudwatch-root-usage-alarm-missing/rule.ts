import { at, entriesOf, properties, readText } from '../../../aws/aws-resource';
import type { IacModel } from '../../../model/iac-model';
import type { IacRule } from '../../../model/violation';
import { settingFindings } from '../shared/setting-rules';

const ROOT_PATTERN = /\$\.userIdentity\.type\s*=\s*"?Root"?/;

interface Metric {
  name: string;
  namespace: string | undefined;
}

/** Metrics of the metric filters that match root activity; 'unknown' when a filter cannot be read. */
function rootUsageMetrics(model: IacModel): Metric[] | 'unknown' {
  const metrics: Metric[] = [];
  for (const filter of model.ofTypes(['aws_cloudwatch_log_metric_filter', 'AWS::Logs::MetricFilter'])) {
    const cfn = filter.format === 'cloudformation';
    const pattern = readText(at(properties(filter), cfn ? 'FilterPattern' : 'pattern'));
    if (pattern === 'unknown') return 'unknown';
    if (!pattern || !ROOT_PATTERN.test(pattern)) continue;
    for (const transformation of entriesOf(
      at(properties(filter), cfn ? 'MetricTransformations' : 'metric_transformation'),
    )) {
      const name = readText(at(transformation, cfn ? 'MetricName' : 'name'));
      const namespace = readText(at(transformation, cfn ? 'MetricNamespace' : 'namespace'));
      if (name === 'unknown' || namespace === 'unknown') return 'unknown';
      if (name) metrics.push({ name, namespace });
    }
  }
  return metrics;
}

function alarmsOn(model: IacModel, metric: Metric): boolean {
  return model.ofTypes(['aws_cloudwatch_metric_alarm', 'AWS::CloudWatch::Alarm']).some((alarm) => {
    const cfn = alarm.format === 'cloudformation';
    const name = readText(at(properties(alarm), cfn ? 'MetricName' : 'metric_name'));
    const namespace = readText(at(properties(alarm), cfn ? 'Namespace' : 'namespace'));
    if (name === 'unknown') return true;
    return (
      name === metric.name &&
      (namespace === undefined ||
        namespace === 'unknown' ||
        metric.namespace === undefined ||
        namespace === metric.namespace)
    );
  });
}

/** Whether some metric filter with an alarm watches for root activity, or a filter cannot be read. */
function watchesRootUsage(model: IacModel): boolean {
  const metrics = rootUsageMetrics(model);
  return metrics === 'unknown' || metrics.some((metric) => alarmsOn(model, metric));
}

const rule: IacRule = {
  meta: {
    id: 'aws-cloudwatch-root-usage-alarm-missing',
    title: 'No metric filter and alarm watch for use of the root user',
    severity: 'low',
    description:
      'The root user bypasses every IAM policy. Its use should be rare and always noticed; a metric filter on the CloudTrail log group for root activity, with an alarm, tells the security team within minutes, as the security baseline sets up.',
    remediation:
      'Add a metric filter on the trail\'s log group with the pattern `{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }` and a CloudWatch alarm on its metric (threshold 0) that notifies an SNS topic.',
    links: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/cloudwatch_log_metric_filter',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'monitoring',
    compliance: {
      'cis-aws-3.0': ['4.3'],
      'nist-800-53-r5': ['AC-6(9)', 'SI-4'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.2.1'],
      'hipaa-security-rule': ['164.308(a)(1)(ii)(D)'],
    },
    aliases: ['AVD-AWS-0149', 'aws-cloudwatch-require-root-user-usage-alarm'],
  },
  acrossRoots: {
    kind: 'waiver',
    types: ['aws_cloudwatch_log_metric_filter', 'aws_cloudwatch_metric_alarm'],
    waived: watchesRootUsage,
  },
  check(model) {
    if (watchesRootUsage(model)) return [];
    return settingFindings(
      model,
      [
        { type: 'aws_cloudtrail', path: 'cloud_watch_logs_group_arn' },
        { type: 'AWS::CloudTrail::Trail', path: 'CloudWatchLogsLogGroupArn' },
      ],
      (setting) =>
        setting.node
          ? `${setting.name} sends events to CloudWatch Logs, but no metric filter with an alarm watches for root user activity`
          : undefined,
    );
  },
};

export default rule;
