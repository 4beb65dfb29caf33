import { label, prop, readBool } from '../../../aws/aws-resource';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-vpc-subnet-public-ip',
    title: 'Subnet gives every instance a public IP address',
    severity: 'medium',
    description:
      'With public IP assignment on launch, every instance started in the subnet is reachable from the internet as soon as a security group lets traffic in, whether or not it was meant to be public.',
    remediation:
      'Set `map_public_ip_on_launch = false` (`MapPublicIpOnLaunch: false`); give public addresses only to load balancers and NAT gateways, or explicitly per instance.',
    links: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html#subnet-public-ip',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/subnet#map_public_ip_on_launch',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.4.1'],
    },
    aliases: ['CKV_AWS_130', 'AVD-AWS-0164', 'aws-ec2-no-public-ip-subnet'],
  },
  check(model) {
    return model
      .ofTypes(['aws_subnet', 'AWS::EC2::Subnet'])
      .map((subnet) =>
        prop(subnet, subnet.format === 'cloudformation' ? 'MapPublicIpOnLaunch' : 'map_public_ip_on_launch'),
      )
      .filter((setting) => readBool(setting.node) === true)
      .map((setting) =>
        flag(setting.resource, setting.node, `${setting.name} is true on subnet ${label(setting.resource)}`),
      );
  },
};

export default rule;
