import type { MetricFilter } from '@aws-sdk/client-cloudwatch-logs';
import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import type { RuleMeta } from '../../../../../core/rule';
import type { MonitoredLogGroup, TrailMonitoring } from '../../../collectors/aws/cloudwatch-monitoring';
import { accountResource, type AccountAuditRule, type AccountContext } from '../../../engine/audit-rule';
import { completeTrails, trailName } from './trails';

/** Filter patterns compare without white space and quotes: `{ $.eventName = "CreateTrail" }` → `{$.eventName=CreateTrail}`. */
export function normalisePattern(pattern: string): string {
  return pattern.replace(/["\s]/g, '');
}

/** Whether a metric filter's pattern contains every required term (each written as in the CIS benchmark). */
export function patternMatches(pattern: string, terms: readonly string[]): boolean {
  const normalised = normalisePattern(pattern);
  return terms.every((term) => normalised.includes(normalisePattern(term)));
}

export function eventNames(...names: string[]): string[] {
  return names.map((name) => `$.eventName = ${name}`);
}

type Progress = 'no-filter' | 'no-alarm' | 'no-subscriber' | 'monitored';

const PROGRESS_TEXT: Record<Exclude<Progress, 'monitored'>, string> = {
  'no-filter': 'no metric filter matches',
  'no-alarm': 'a metric filter matches, but no alarm watches its metric',
  'no-subscriber':
    'a metric filter and an alarm exist, but the alarm notifies no SNS topic with a confirmed subscriber',
};

/**
 * One of the CIS monitoring controls (4.1-4.15): a metric filter on the CloudWatch Logs group of a
 * complete trail, an alarm on the filter's metric, and an SNS topic with a subscriber. When the only
 * complete trails are organisation trails delivering to another account, the control is not assessed here.
 */
export function metricFilterRule(
  meta: RuleMeta,
  subject: string,
  terms: readonly string[],
): AccountAuditRule {
  return {
    meta,
    scope: 'account',
    needs: ['cloudtrail.trails', 'cloudwatch.trailMonitoring'],
    check(context) {
      const trails = context.get('cloudtrail.trails');
      const monitoring = context.get('cloudwatch.trailMonitoring');
      if (!trails || !monitoring) return [];
      const complete = completeTrails(context, trails);
      if (!complete) return [];
      const arns = new Set(complete.map((record) => record.arn));
      const groups = monitoring.logGroups.filter((group) => group.trailArns.some((arn) => arns.has(arn)));
      let best: Progress = 'no-filter';
      for (const group of groups) {
        const progress = groupProgress(context, monitoring, group, terms);
        if (progress === 'monitored') return [];
        if (rank(progress) > rank(best)) best = progress;
      }
      const foreign = monitoring.foreign.filter((entry) => arns.has(entry.trailArn));
      for (const entry of foreign) {
        const record = complete.find((candidate) => candidate.arn === entry.trailArn);
        context.gap(
          `the ${record ? trailName(record) : entry.trailArn} delivers to ${entry.logGroupArn} in account ${entry.owner}; assess its metric filters and alarms in that account`,
        );
      }
      if (context.incomplete) return [];
      const message =
        complete.length === 0
          ? `No multi-region trail that records all management events delivers to CloudWatch Logs in account ${context.account}, so ${subject} is not monitored.`
          : groups.length === 0
            ? `No complete trail of account ${context.account} delivers to a CloudWatch Logs group, so ${subject} is not monitored.`
            : `${subject.charAt(0).toUpperCase()}${subject.slice(1)} is not monitored in account ${context.account}: ${PROGRESS_TEXT[best as Exclude<Progress, 'monitored'>]}.`;
      return [context.flag(accountResource(context.account), message)];
    },
  };
}

function rank(progress: Progress): number {
  return ['no-filter', 'no-alarm', 'no-subscriber', 'monitored'].indexOf(progress);
}

function groupProgress(
  context: AccountContext,
  monitoring: TrailMonitoring,
  group: MonitoredLogGroup,
  terms: readonly string[],
): Progress {
  const filters = context.use(group.filters, group.region);
  const matching = (filters ?? []).filter((filter) => patternMatches(filter.filterPattern ?? '', terms));
  if (matching.length === 0) return 'no-filter';
  const alarms = context.use(monitoring.alarms.get(group.region), group.region);
  if (!alarms) return 'no-filter';
  const watching = alarms.filter((alarm) => matching.some((filter) => watches(alarm, filter)));
  if (watching.length === 0) return 'no-alarm';
  const notified = watching.some((alarm) =>
    (alarm.AlarmActions ?? []).some(
      (action) => (context.use(monitoring.subscriptions.get(action), group.region) ?? 0) > 0,
    ),
  );
  return notified ? 'monitored' : 'no-subscriber';
}

function watches(alarm: MetricAlarm, filter: MetricFilter): boolean {
  return (filter.metricTransformations ?? []).some(
    (transformation) =>
      transformation.metricName === alarm.MetricName && transformation.metricNamespace === alarm.Namespace,
  );
}
