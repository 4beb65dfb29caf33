import { nsgPortCheck } from '../shared/nsg-port-check';

export default nsgPortCheck(
  {
    id: 'azure-audit-network-ssh-open-to-internet',
    title: 'Network security group allows SSH from the whole Internet',
    severity: 'critical',
    description:
      'An inbound Allow rule whose source is any address or the Internet tag, and that no earlier Deny overrides, exposes SSH on every machine behind the group to password guessing and exploits from anywhere.',
    remediation:
      'Remove the rule or narrow its source to known address ranges; reach machines through Azure Bastion or just-in-time VM access instead of an open port 22.',
    links: [
      'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview',
      'https://learn.microsoft.com/en-us/azure/bastion/bastion-overview',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'network',
    compliance: {
      'cis-azure-3.0': ['7.2'],
      'nist-800-53-r5': ['SC-7', 'AC-17'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1'],
      'hipaa-security-rule': ['164.312(e)(1)'],
    },
    aliases: ['network_ssh_internet_access_restricted'],
  },
  [22],
  ['tcp'],
  (port) => `SSH (TCP ${port})`,
);
