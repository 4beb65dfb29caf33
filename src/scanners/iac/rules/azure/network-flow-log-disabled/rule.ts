import { flag, type IacRule } from '../../../model/violation';
import { azureResources, describeSetting, label, readBool, setting } from '../../../azure/azure-resource';

const FLOW_LOG = {
  terraform: ['azurerm_network_watcher_flow_log'],
  arm: ['Microsoft.Network/networkWatchers/flowLogs'],
};

const rule: IacRule = {
  meta: {
    id: 'azure-network-flow-log-disabled',
    title: 'Network Watcher flow log is disabled',
    severity: 'medium',
    description:
      'NSG and virtual network flow logs are the record of which addresses talked to which ports; with the flow log switched off, an intrusion or data exfiltration through the network leaves no trace to investigate.',
    remediation:
      'Set `enabled = true` (Terraform) or `properties.enabled: true` (ARM) on the flow log and send it to a storage account or Log Analytics.',
    links: [
      'https://learn.microsoft.com/en-us/azure/network-watcher/nsg-flow-logs-overview',
      'https://learn.microsoft.com/en-us/azure/network-watcher/vnet-flow-logs-overview',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'logging',
    compliance: {
      'nist-800-53-r5': ['AU-2', 'AU-12', 'SI-4'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.2.1'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: ['AVD-AZU-0073', 'azure-network-watcher-flow-disabled'],
  },
  check(model) {
    return azureResources(model, FLOW_LOG).flatMap((flowLog) => {
      const enabled = setting(flowLog, { terraform: 'enabled', arm: 'properties.enabled' });
      if (readBool(enabled.node) !== false) return [];
      return [
        flag(flowLog, enabled.node, `${label(flowLog)} records no traffic: ${describeSetting(enabled)}`),
      ];
    });
  },
};

export default rule;
