import type { AzureAuditRule } from '../azure-audit-rule';
import { flagMissingAlerts } from '../shared/activity-alerts';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-monitor-security-change-alert-missing',
    title: 'No activity log alert fires on policy, security solution, SQL firewall or public IP changes',
    severity: 'low',
    description:
      'Removing a policy assignment, a security solution or a SQL firewall rule, or creating a public IP address, weakens the defences of the subscription; without alerts on these operations nobody is told when it happens.',
    remediation:
      'Create activity log alerts scoped to the subscription, category Administrative, for each operation named in the finding, with an action group that notifies the security team.',
    links: [
      'https://learn.microsoft.com/en-us/azure/azure-monitor/alerts/alerts-create-activity-log-alert-rule',
      'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log-schema',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'logging',
    compliance: {
      'cis-azure-3.0': ['6.2.1', '6.2.2', '6.2.5', '6.2.6', '6.2.7', '6.2.8', '6.2.9', '6.2.10'],
      'nist-800-53-r5': ['SI-4', 'AU-6', 'CM-3'],
      'soc2-2017': ['CC7.2', 'CC8.1'],
      'pci-dss-4.0': ['10.2.1'],
    },
    aliases: [
      'monitor_alert_create_policy_assignment',
      'monitor_alert_delete_policy_assignment',
      'monitor_alert_create_update_security_solution',
      'monitor_alert_delete_security_solution',
      'monitor_alert_create_update_sqlserver_fr',
      'monitor_alert_delete_sqlserver_fr',
      'monitor_alert_create_update_public_ip_address_rule',
      'monitor_alert_delete_public_ip_address_rule',
    ],
  },
  needs: ['activityLogAlerts'],
  check(context) {
    return flagMissingAlerts(
      context,
      [
        'Microsoft.Authorization/policyAssignments/write',
        'Microsoft.Authorization/policyAssignments/delete',
        'Microsoft.Security/securitySolutions/write',
        'Microsoft.Security/securitySolutions/delete',
        'Microsoft.Sql/servers/firewallRules/write',
        'Microsoft.Sql/servers/firewallRules/delete',
        'Microsoft.Network/publicIPAddresses/write',
        'Microsoft.Network/publicIPAddresses/delete',
      ],
      'security-relevant changes',
    );
  },
};

export default rule;
