import type { IacRule } from '../../../model/violation';
import { openPortViolations } from '../shared/internet-exposure';

const rule: IacRule = {
  meta: {
    id: 'azure-network-ssh-open-to-internet',
    title: 'Network security group lets the Internet reach SSH (port 22)',
    severity: 'critical',
    description:
      'An NSG rule that allows TCP port 22 from any source exposes the SSH daemons behind it to the whole Internet, where they face constant credential stuffing and exploit attempts. Rules are evaluated by priority, so only an Allow that no earlier Deny overrides is reported.',
    remediation:
      'Restrict the source of the rule to known address ranges or service tags, or remove it and reach machines through Azure Bastion or a VPN; a Deny rule with a lower priority number also closes the port.',
    links: [
      'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview#security-rules',
      'https://learn.microsoft.com/en-us/azure/bastion/bastion-overview',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'network',
    compliance: {
      'cis-azure-3.0': ['7.2'],
      'nist-800-53-r5': ['AC-17', 'SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.1'],
      'hipaa-security-rule': ['164.312(a)(1)', '164.312(e)(1)'],
    },
    aliases: ['CKV_AZURE_10', 'AVD-AZU-0050', 'azure-network-ssh-blocked-from-internet'],
  },
  check: (model) => openPortViolations(model, 22, 'SSH (TCP 22)'),
};

export default rule;
