import { securityGroupExposureRule } from '../shared/security-group-check';
import { ADMIN_PORTS, ANY_IPV6 } from '../shared/network-exposure';

export default securityGroupExposureRule(
  {
    id: 'aws-audit-ec2-sg-admin-ports-open-ipv6',
    title: 'Security group allows SSH or RDP from ::/0',
    severity: 'critical',
    description:
      'SSH (22) and RDP (3389) open to every IPv6 address are as exposed as over IPv4, and IPv6 rules are easy to overlook when only the IPv4 rules were reviewed.',
    remediation:
      'Remove the ::/0 rule for ports 22 and 3389; use Session Manager, EC2 Instance Connect Endpoint or a VPN, or allow only known address ranges.',
    links: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
      'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'network',
    compliance: {
      'cis-aws-4.0.1': ['5.4'],
      'nist-800-53-r5': ['AC-17', 'SC-7', 'CM-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
      'hipaa-security-rule': ['164.312(e)(1)'],
    },
    aliases: [],
  },
  ANY_IPV6,
  ADMIN_PORTS,
);
