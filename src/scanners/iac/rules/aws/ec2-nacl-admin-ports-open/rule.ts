import { label } from '../../../aws/aws-resource';
import { aclCoversPort, allowingIngressEntries } from '../../../aws/network-acl-view';
import { flag, type IacRule } from '../../../model/violation';

const ADMIN_PORTS = [
  { port: 22, name: 'SSH' },
  { port: 3389, name: 'RDP' },
];

const rule: IacRule = {
  meta: {
    id: 'aws-ec2-nacl-admin-ports-open',
    title: 'Network ACL allows SSH or RDP from the internet',
    severity: 'medium',
    description:
      'Network ACLs are the subnet-wide second line behind security groups. An ACL entry that allows 0.0.0.0/0 or ::/0 to SSH or RDP leaves only the security groups between administration ports and the internet.',
    remediation:
      'Allow ports 22 and 3389 only from the ranges of your VPN or bastion subnet, and deny them otherwise.',
    links: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'network',
    compliance: {
      'cis-aws-3.0': ['5.1'],
      'nist-800-53-r5': ['AC-17', 'SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
    },
    aliases: ['CKV_AWS_231', 'CKV_AWS_232', 'AVD-AWS-0105', 'aws-ec2-no-public-ingress-acl'],
  },
  check(model) {
    return allowingIngressEntries(model).flatMap((entry) => {
      const ports = ADMIN_PORTS.filter((port) => aclCoversPort(entry, port.port) === true);
      if (ports.length === 0) return [];
      const what = ports.map((port) => `${port.name} (${port.port})`).join(' and ');
      return entry.openCidrs.map((cidr) =>
        flag(
          entry.resource,
          cidr.node,
          `network ACL entry of ${label(entry.resource)} allows ${what} from ${cidr.value}`,
        ),
      );
    });
  },
};

export default rule;
