import { accountResource, type AccountAuditRule } from '../../../engine/audit-rule';
import { completeTrails } from '../shared/trails';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-cloudtrail-multi-region-missing',
    title: 'No multi-region CloudTrail trail records all management events',
    severity: 'high',
    description:
      'CloudTrail is the record of who did what in the account. Without a logging, multi-region trail that records every read and write management event, activity in some regions or of some kinds leaves no durable trace for investigations. An organisation trail counts for its member accounts.',
    remediation:
      'Create a multi-region trail (or an organisation trail from the management account) with management events set to All, and make sure it is logging.',
    links: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html',
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/creating-trail-organization.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'logging',
    compliance: {
      'cis-aws-4.0.1': ['3.1'],
      'nist-800-53-r5': ['AU-2', 'AU-3', 'AU-12'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.2.1', '10.2.2'],
      'hipaa-security-rule': ['164.308(a)(1)(ii)(D)', '164.312(b)'],
    },
    aliases: ['cloudtrail_multi_region_enabled_logging_management_events', 'cloudtrail_multi_region_enabled'],
  },
  scope: 'account',
  needs: ['cloudtrail.trails'],
  check(context) {
    const trails = context.get('cloudtrail.trails');
    if (!trails) return [];
    const complete = completeTrails(context, trails);
    if (!complete || complete.length > 0) return [];
    const seen =
      trails.trails.length === 0
        ? 'has no trail at all'
        : `has ${trails.trails.length} trail(s), none multi-region, logging and recording all management events`;
    return [context.flag(accountResource(context.account), `Account ${context.account} ${seen}.`)];
  },
};

export default rule;
