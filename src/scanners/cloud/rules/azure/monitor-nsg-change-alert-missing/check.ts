import type { AzureAuditRule } from '../azure-audit-rule';
import { flagMissingAlerts } from '../shared/activity-alerts';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-monitor-nsg-change-alert-missing',
    title: 'No activity log alert fires when a network security group is changed or deleted',
    severity: 'medium',
    description:
      'Opening a port or deleting a security group changes what the Internet can reach; without an alert on these operations such a change, malicious or accidental, goes unnoticed until it is exploited.',
    remediation:
      'Create activity log alerts scoped to the subscription, category Administrative, for Microsoft.Network/networkSecurityGroups/write and Microsoft.Network/networkSecurityGroups/delete, with an action group that notifies the security team.',
    links: [
      'https://learn.microsoft.com/en-us/azure/azure-monitor/alerts/alerts-create-activity-log-alert-rule',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'logging',
    compliance: {
      'cis-azure-3.0': ['6.2.3', '6.2.4'],
      'nist-800-53-r5': ['SI-4', 'AU-6', 'CM-3'],
      'soc2-2017': ['CC7.2', 'CC8.1'],
      'pci-dss-4.0': ['10.2.1'],
      'hipaa-security-rule': ['164.308(a)(1)(ii)(D)'],
    },
    aliases: ['monitor_alert_create_update_nsg', 'monitor_alert_delete_nsg'],
  },
  needs: ['activityLogAlerts'],
  check(context) {
    return flagMissingAlerts(
      context,
      ['Microsoft.Network/networkSecurityGroups/write', 'Microsoft.Network/networkSecurityGroups/delete'],
      'network security group changes',
    );
  },
};

export default rule;
