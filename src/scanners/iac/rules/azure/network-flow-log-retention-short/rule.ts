import { flag, type IacRule } from '../../../model/violation';
import {
  azureResources,
  describeSetting,
  label,
  readBool,
  readNumber,
  setting,
} from '../../../azure/azure-resource';

const FLOW_LOG = {
  terraform: ['azurerm_network_watcher_flow_log'],
  arm: ['Microsoft.Network/networkWatchers/flowLogs'],
};

const rule: IacRule = {
  meta: {
    id: 'azure-network-flow-log-retention-short',
    title: 'Flow log retention is shorter than 90 days',
    severity: 'low',
    description:
      'Intrusions are often found months after they began; flow logs deleted after a few days cannot show how an attacker got in or what left the network. A retention of 0 days keeps logs forever and a disabled retention policy never deletes them, so only an enabled policy of 1 to 89 days is reported.',
    remediation:
      'Set the retention policy to at least 90 days (`retention_policy.days` / `properties.retentionPolicy.days`), or 0 to keep the logs indefinitely.',
    links: [
      'https://learn.microsoft.com/en-us/azure/network-watcher/nsg-flow-logs-overview',
      'https://learn.microsoft.com/en-us/azure/templates/microsoft.network/networkwatchers/flowlogs',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'logging',
    compliance: {
      'cis-azure-3.0': ['7.5'],
      'nist-800-53-r5': ['AU-11'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.5.1'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: ['CKV_AZURE_12', 'AVD-AZU-0049', 'azure-network-retention-policy-set'],
  },
  check(model) {
    return azureResources(model, FLOW_LOG).flatMap((flowLog) => {
      const enabled = setting(flowLog, {
        terraform: 'retention_policy.enabled',
        arm: 'properties.retentionPolicy.enabled',
      });
      const days = setting(flowLog, {
        terraform: 'retention_policy.days',
        arm: 'properties.retentionPolicy.days',
      });
      const count = readNumber(days.node);
      if (readBool(enabled.node) !== true || typeof count !== 'number' || count <= 0 || count >= 90)
        return [];
      return [
        flag(
          flowLog,
          days.node,
          `${label(flowLog)} deletes flow logs after ${count} days: ${describeSetting(days)}`,
        ),
      ];
    });
  },
};

export default rule;
