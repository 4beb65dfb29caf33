import { CloudWatchClient, DescribeAlarmsCommand, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  DescribeMetricFiltersCommand,
  type MetricFilter,
} from '@aws-sdk/client-cloudwatch-logs';
import { ListSubscriptionsByTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import type { CollectEnv } from './collect-env';
import type { Collected } from './collected';
import { mapLimited } from './limiter';
import type { Trails } from './cloudtrail';

export interface MonitoredLogGroup {
  arn: string;
  name: string;
  region: string;
  trailArns: string[];
  filters: Collected<MetricFilter[]>;
}

export interface ForeignLogGroup {
  trailArn: string;
  logGroupArn: string;
  /** The account that holds the log group (the log-archive or management account of an organisation). */
  owner: string;
}

export interface TrailMonitoring {
  /** Log groups in this account that receive a trail's events. */
  logGroups: MonitoredLogGroup[];
  /** Trails that deliver to a log group of another account: their filters can only be assessed there. */
  foreign: ForeignLogGroup[];
  /** Metric alarms per region of a monitored log group. */
  alarms: Map<string, Collected<MetricAlarm[]>>;
  /** Confirmed subscriptions per SNS topic that an alarm notifies. */
  subscriptions: Map<string, Collected<number>>;
}

interface LogGroupArn {
  region: string;
  account: string;
  name: string;
}

/** `arn:aws:logs:eu-west-1:111122223333:log-group:CloudTrail/main:*` */
export function parseLogGroupArn(arn: string): LogGroupArn | undefined {
  const match = /^arn:[\w-]+:logs:([\w-]+):(\d{12}):log-group:(.+?)(?::\*)?$/.exec(arn);
  return match ? { region: match[1]!, account: match[2]!, name: match[3]! } : undefined;
}

/** The CloudWatch side of the CIS monitoring controls: metric filters on trail log groups, their alarms and who the alarms notify. */
export async function collectTrailMonitoring(env: CollectEnv, trails: Trails): Promise<TrailMonitoring> {
  const groups = new Map<string, { parsed: LogGroupArn; trailArns: string[] }>();
  const foreign: ForeignLogGroup[] = [];
  for (const record of trails.trails) {
    const arn = record.trail.CloudWatchLogsLogGroupArn;
    const parsed = arn ? parseLogGroupArn(arn) : undefined;
    if (!arn || !parsed) continue;
    if (parsed.account !== env.account) {
      foreign.push({ trailArn: record.arn, logGroupArn: arn, owner: parsed.account });
      continue;
    }
    const key = `${parsed.region}:${parsed.name}`;
    const entry = groups.get(key) ?? { parsed, trailArns: [] };
    entry.trailArns.push(record.arn);
    groups.set(key, entry);
  }
  const logGroups = await mapLimited([...groups.values()], 4, async ({ parsed, trailArns }) => {
    const logs = env.client(CloudWatchLogsClient, parsed.region);
    const filters = await env.attemptPages('logs:DescribeMetricFilters', parsed.region, async (token) => {
      const output = await logs.send(
        new DescribeMetricFiltersCommand({
          logGroupName: parsed.name,
          ...(token ? { nextToken: token } : {}),
        }),
      );
      return { items: output.metricFilters ?? [], next: output.nextToken };
    });
    const arn = `arn:${env.session.partition}:logs:${parsed.region}:${parsed.account}:log-group:${parsed.name}`;
    return { arn, name: parsed.name, region: parsed.region, trailArns, filters };
  });
  const regions = [...new Set(logGroups.map((group) => group.region))].sort();
  const alarms = new Map<string, Collected<MetricAlarm[]>>();
  for (const region of regions) alarms.set(region, await collectAlarms(env, region));
  const subscriptions = await collectSubscriptions(env, alarms);
  return { logGroups, foreign, alarms, subscriptions };
}

function collectAlarms(env: CollectEnv, region: string): Promise<Collected<MetricAlarm[]>> {
  const cloudwatch = env.client(CloudWatchClient, region);
  return env.attemptPages('cloudwatch:DescribeAlarms', region, async (token) => {
    const output = await cloudwatch.send(
      new DescribeAlarmsCommand({
        AlarmTypes: ['MetricAlarm'],
        MaxRecords: 100,
        ...(token ? { NextToken: token } : {}),
      }),
    );
    return { items: output.MetricAlarms ?? [], next: output.NextToken };
  });
}

async function collectSubscriptions(
  env: CollectEnv,
  alarms: Map<string, Collected<MetricAlarm[]>>,
): Promise<Map<string, Collected<number>>> {
  const topics = new Set<string>();
  for (const result of alarms.values()) {
    if (!result.ok) continue;
    for (const alarm of result.value)
      for (const action of alarm.AlarmActions ?? []) if (action.includes(':sns:')) topics.add(action);
  }
  const subscriptions = new Map<string, Collected<number>>();
  await mapLimited([...topics].sort(), 4, async (topic) => {
    const region = topic.split(':')[3] ?? env.region;
    const sns = env.client(SNSClient, region);
    const listed = await env.attemptPages('sns:ListSubscriptionsByTopic', region, async (token) => {
      const output = await sns.send(
        new ListSubscriptionsByTopicCommand({ TopicArn: topic, ...(token ? { NextToken: token } : {}) }),
      );
      return { items: output.Subscriptions ?? [], next: output.NextToken };
    });
    subscriptions.set(
      topic,
      listed.ok
        ? {
            ok: true,
            value: listed.value.filter((entry) => entry.SubscriptionArn?.startsWith('arn:')).length,
          }
        : listed,
    );
  });
  return subscriptions;
}
