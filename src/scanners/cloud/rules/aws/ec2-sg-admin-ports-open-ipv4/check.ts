import { securityGroupExposureRule } from '../shared/security-group-check';
import { ADMIN_PORTS, ANY_IPV4 } from '../shared/network-exposure';

export default securityGroupExposureRule(
  {
    id: 'aws-audit-ec2-sg-admin-ports-open-ipv4',
    title: 'Security group allows SSH or RDP from 0.0.0.0/0',
    severity: 'critical',
    description:
      'SSH (22) and RDP (3389) open to every IPv4 address are found by Internet-wide scanners within minutes and attacked with password guessing and exploits; a single weak credential or unpatched service then gives a foothold in the VPC.',
    remediation:
      'Remove the 0.0.0.0/0 rule for ports 22 and 3389; reach instances through AWS Systems Manager Session Manager, EC2 Instance Connect Endpoint or a VPN, or allow only known address ranges.',
    links: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
      'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'network',
    compliance: {
      'cis-aws-4.0.1': ['5.3'],
      'nist-800-53-r5': ['AC-17', 'SC-7', 'CM-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
      'hipaa-security-rule': ['164.312(e)(1)'],
    },
    aliases: [
      'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22',
      'ec2_securitygroup_allow_ingress_from_internet_to_port_3389',
    ],
  },
  ANY_IPV4,
  ADMIN_PORTS,
);
