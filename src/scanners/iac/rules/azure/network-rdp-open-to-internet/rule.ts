import type { IacRule } from '../../../model/violation';
import { openPortViolations } from '../shared/internet-exposure';

const rule: IacRule = {
  meta: {
    id: 'azure-network-rdp-open-to-internet',
    title: 'Network security group lets the Internet reach RDP (port 3389)',
    severity: 'critical',
    description:
      'An NSG rule that allows port 3389 from any source puts Remote Desktop on the Internet, one of the most attacked services there: password spraying and RDP vulnerabilities lead straight to the machine. Rules are evaluated by priority, so only an Allow that no earlier Deny overrides is reported.',
    remediation:
      'Restrict the source of the rule to known address ranges, or remove it and use Azure Bastion or just-in-time VM access; a Deny rule with a lower priority number also closes the port.',
    links: [
      'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview#security-rules',
      'https://learn.microsoft.com/en-us/azure/bastion/bastion-overview',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'network',
    compliance: {
      'cis-azure-3.0': ['7.1'],
      'nist-800-53-r5': ['AC-17', 'SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.1'],
      'hipaa-security-rule': ['164.312(a)(1)', '164.312(e)(1)'],
    },
    aliases: ['CKV_AZURE_9', 'AVD-AZU-0048', 'azure-network-disable-rdp-from-internet'],
  },
  check: (model) => openPortViolations(model, 3389, 'RDP (port 3389)', ['tcp', 'udp']),
};

export default rule;
