import type { IacRule } from '../../../model/violation';
import { requireFalse, settingFindings } from '../shared/setting-rules';

const rule: IacRule = {
  meta: {
    id: 'aws-ec2-instance-public-ip',
    title: 'EC2 instance is given a public IP address',
    severity: 'medium',
    description:
      'An instance with a public address is one security group change away from being reachable from the internet, and bypasses the load balancer, WAF and NAT that normally sit in front of workloads.',
    remediation:
      'Launch instances in private subnets without `associate_public_ip_address` (`AssociatePublicIpAddress`), and expose them through a load balancer; use Session Manager for administration.',
    links: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html#concepts-public-addresses',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance#associate_public_ip_address',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.4.1'],
    },
    aliases: ['CKV_AWS_88', 'AVD-AWS-0009', 'aws-ec2-no-public-ip'],
  },
  check: (model) =>
    settingFindings(
      model,
      [
        { type: 'aws_instance', path: 'associate_public_ip_address' },
        { type: 'aws_launch_configuration', path: 'associate_public_ip_address' },
        { type: 'aws_launch_template', path: 'network_interfaces.*.associate_public_ip_address' },
        { type: 'AWS::EC2::Instance', path: 'NetworkInterfaces.*.AssociatePublicIpAddress' },
        {
          type: 'AWS::EC2::LaunchTemplate',
          path: 'LaunchTemplateData.NetworkInterfaces.*.AssociatePublicIpAddress',
        },
        { type: 'AWS::AutoScaling::LaunchConfiguration', path: 'AssociatePublicIpAddress' },
      ],
      requireFalse(false),
    ),
};

export default rule;
