import { nsgPortCheck } from '../shared/nsg-port-check';

export default nsgPortCheck(
  {
    id: 'azure-audit-network-rdp-open-to-internet',
    title: 'Network security group allows RDP from the whole Internet',
    severity: 'critical',
    description:
      'Remote Desktop reachable from any address is one of the most scanned and brute-forced services; an Allow rule from the Internet that no earlier Deny overrides puts every Windows machine behind the group in reach.',
    remediation:
      'Remove the rule or narrow its source to known address ranges; use Azure Bastion or just-in-time VM access for remote administration.',
    links: [
      'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview',
      'https://learn.microsoft.com/en-us/azure/defender-for-cloud/just-in-time-access-usage',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'network',
    compliance: {
      'cis-azure-3.0': ['7.1'],
      'nist-800-53-r5': ['SC-7', 'AC-17'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1'],
      'hipaa-security-rule': ['164.312(e)(1)'],
    },
    aliases: ['network_rdp_internet_access_restricted'],
  },
  [3389],
  ['tcp', 'udp'],
  (port) => `RDP (${port})`,
);
