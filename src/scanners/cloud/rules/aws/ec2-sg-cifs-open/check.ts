import { securityGroupExposureRule } from '../shared/security-group-check';
import { ANY_IPV4 } from '../shared/network-exposure';

export default securityGroupExposureRule(
  {
    id: 'aws-audit-ec2-sg-cifs-open',
    title: 'Security group allows CIFS/SMB (445) from 0.0.0.0/0',
    severity: 'high',
    description:
      'SMB on port 445 has a long history of wormable vulnerabilities and is never meant to face the Internet; exposing it invites ransomware and data theft.',
    remediation:
      'Remove the 0.0.0.0/0 rule for port 445 and allow SMB only from the networks that need it, over a VPN or Direct Connect.',
    links: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
      'https://docs.aws.amazon.com/fsx/latest/WindowsGuide/limit-access-security-groups.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'network',
    compliance: {
      'cis-aws-4.0.1': ['5.1.2'],
      'nist-800-53-r5': ['SC-7', 'CM-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1'],
    },
    aliases: ['ec2_instance_port_cifs_exposed_to_internet'],
  },
  ANY_IPV4,
  [445],
);
