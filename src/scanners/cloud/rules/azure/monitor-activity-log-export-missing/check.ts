import type { DiagnosticSettingsResource } from '@azure/arm-monitor';
import type { AzureAuditRule } from '../azure-audit-rule';

const CATEGORIES = ['Administrative', 'Security', 'Policy', 'Alert'];

function exported(setting: DiagnosticSettingsResource): string[] {
  if (!setting.workspaceId && !setting.storageAccountId && !setting.eventHubAuthorizationRuleId) return [];
  return (setting.logs ?? []).filter((log) => log.enabled).map((log) => (log.category ?? '').toLowerCase());
}

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-monitor-activity-log-export-missing',
    title: 'Activity log is not exported with its security categories',
    severity: 'high',
    description:
      'The activity log records who changed what in the subscription, but Azure keeps it for 90 days only and it cannot be queried with other logs; without a diagnostic setting exporting the Administrative, Security, Policy and Alert categories, an investigation has no trail.',
    remediation:
      'Create a subscription diagnostic setting that sends at least the Administrative, Security, Policy and Alert categories to a Log Analytics workspace, storage account or event hub.',
    links: [
      'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log?tabs=powershell#send-to-log-analytics-workspace',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'logging',
    compliance: {
      'cis-azure-3.0': ['6.1.1', '6.1.2'],
      'nist-800-53-r5': ['AU-2', 'AU-11', 'AU-12'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.2.1', '10.5.1'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: ['monitor_diagnostic_settings_exists', 'monitor_diagnostic_setting_with_appropriate_categories'],
  },
  needs: ['activityLogExports'],
  check(context) {
    const settings = context.get('activityLogExports');
    if (!settings) return [];
    const covered = new Set(settings.flatMap(exported));
    const missing = CATEGORIES.filter((category) => !covered.has(category.toLowerCase()));
    if (missing.length === 0) return [];
    return [
      context.flag(
        `/subscriptions/${context.scope}`,
        settings.length === 0
          ? `Subscription ${context.scope} has no diagnostic setting exporting its activity log.`
          : `Subscription ${context.scope} does not export the activity log categories ${missing.join(', ')}.`,
      ),
    ];
  },
};

export default rule;
