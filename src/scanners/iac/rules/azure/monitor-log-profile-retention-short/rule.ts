import { flag, type IacRule } from '../../../model/violation';
import { describeSetting, label, readBool, readNumber } from '../../../azure/azure-resource';
import { logProfiles } from '../../../azure/monitor-view';

const rule: IacRule = {
  meta: {
    id: 'azure-monitor-log-profile-retention-short',
    title: 'Activity log profile keeps logs for less than a year',
    severity: 'medium',
    description:
      'The activity log records who changed what in the subscription; investigations often start months after a breach, so logs deleted after a few weeks leave the trail cold. A retention of 0 days or a disabled retention policy keeps logs forever and is not reported.',
    remediation:
      'Set the log profile retention to at least 365 days (`retention_policy.days` / `retentionPolicy.days`), or 0 to keep logs indefinitely; prefer a subscription diagnostic setting to Log Analytics with matching retention.',
    links: [
      'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log',
      'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log?tabs=powershell#legacy-collection-methods',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'logging',
    compliance: {
      'nist-800-53-r5': ['AU-11'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.5.1'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: ['CKV_AZURE_37', 'AVD-AZU-0031', 'azure-monitor-activity-log-retention-set'],
  },
  check(model) {
    return logProfiles(model).flatMap(({ resource, enabled, days }) => {
      const count = readNumber(days.node);
      if (readBool(enabled.node) !== true || typeof count !== 'number' || count <= 0 || count >= 365)
        return [];
      return [
        flag(
          resource,
          days.node,
          `${label(resource)} deletes activity logs after ${count} days: ${describeSetting(days)}`,
        ),
      ];
    });
  },
};

export default rule;
