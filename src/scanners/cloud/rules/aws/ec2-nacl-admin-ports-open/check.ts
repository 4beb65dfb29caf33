import type { RegionAuditRule } from '../../../engine/audit-rule';
import { regionalArn } from '../shared/arns';
import { ADMIN_PORTS, naclOpenPorts } from '../shared/network-exposure';

const rule: RegionAuditRule = {
  meta: {
    id: 'aws-audit-ec2-nacl-admin-ports-open',
    title: 'Network ACL allows SSH or RDP from the whole Internet',
    severity: 'medium',
    description:
      'Network ACLs are the subnet-wide layer of defence. One that lets 0.0.0.0/0 or ::/0 reach ports 22 or 3389 leaves security groups as the only barrier for every instance in its subnets.',
    remediation:
      'Add a lower-numbered deny entry for ports 22 and 3389 from 0.0.0.0/0 and ::/0, or replace the allow-all entry with entries for the traffic the subnets need.',
    links: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
      'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeNetworkAcls.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'network',
    compliance: {
      'cis-aws-4.0.1': ['5.2'],
      'nist-800-53-r5': ['AC-4', 'SC-7', 'CM-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
      'hipaa-security-rule': ['164.312(e)(1)'],
    },
    aliases: ['ec2_networkacl_allow_ingress_tcp_port_22', 'ec2_networkacl_allow_ingress_tcp_port_3389'],
  },
  scope: 'region',
  needs: ['ec2.networkAcls'],
  check(context) {
    const acls = context.get('ec2.networkAcls') ?? [];
    return acls.flatMap((acl) => {
      const open = naclOpenPorts(acl, ADMIN_PORTS);
      if (open.length === 0 || !acl.NetworkAclId) return [];
      const what = open
        .map((entry) => `port ${entry.port} from ${entry.cidr} (rule ${entry.rule})`)
        .join(', ');
      return [
        context.flag(
          regionalArn(context, 'ec2', `network-acl/${acl.NetworkAclId}`),
          `Network ACL ${acl.NetworkAclId} of ${acl.VpcId ?? 'its VPC'} allows ${what}.`,
        ),
      ];
    });
  },
};

export default rule;
