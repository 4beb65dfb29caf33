import type { AccountAuditRule } from '../../../engine/audit-rule';
import { daysSince } from '../shared/dates';
import { ownTrails, trailName, trailRegion } from '../shared/trails';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-cloudtrail-cloudwatch-missing',
    title: 'CloudTrail trail does not deliver to CloudWatch Logs',
    severity: 'medium',
    description:
      'Trail events in S3 are only read after the fact. Sending them to CloudWatch Logs is what makes real-time metric filters and alarms possible (root use, policy changes, failed sign-ins); a trail that stopped delivering there silences those alarms.',
    remediation:
      'Configure the trail with a CloudWatch Logs log group and a role CloudTrail can assume to write to it, then check that events arrive.',
    links: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html',
      'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetTrailStatus.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'logging',
    compliance: {
      'nist-800-53-r5': ['AU-6', 'SI-4'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.2.1'],
      'hipaa-security-rule': ['164.308(a)(1)(ii)(D)', '164.312(b)'],
    },
    aliases: ['cloudtrail_cloudwatch_logging_enabled'],
  },
  scope: 'account',
  needs: ['cloudtrail.trails'],
  check(context) {
    const trails = context.get('cloudtrail.trails');
    if (!trails) return [];
    return ownTrails(context, trails).flatMap((record) => {
      if (!record.trail.CloudWatchLogsLogGroupArn) {
        return [
          context.flag(
            record.arn,
            `The ${trailName(record)} has no CloudWatch Logs log group.`,
            trailRegion(record),
          ),
        ];
      }
      const status = context.use(record.status, record.trail.HomeRegion);
      const delivered = status?.latestCloudWatchLogsDeliveryTime;
      if (!status || (delivered && daysSince(delivered, context.now) < 1)) return [];
      const when = delivered ? `last delivered on ${delivered.toISOString()}` : 'never delivered';
      return [
        context.flag(
          record.arn,
          `The ${trailName(record)} ${when} to CloudWatch Logs, not within the last day.`,
          trailRegion(record),
        ),
      ];
    });
  },
};

export default rule;
