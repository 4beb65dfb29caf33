import { securityGroupRules } from '../../../aws/security-group-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-ec2-default-sg-has-rules',
    title: 'VPC default security group allows traffic',
    severity: 'medium',
    description:
      'Every VPC has a default security group that resources join when no group is given. When it allows traffic, anything launched without thought is reachable, and it grows into a shared group nobody owns.',
    remediation:
      'Manage the default group with `aws_default_security_group` and no `ingress` or `egress` blocks, which removes all its rules; give every resource a purpose-made group.',
    links: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'network',
    compliance: {
      'cis-aws-3.0': ['5.4'],
      'nist-800-53-r5': ['SC-7', 'SC-7(5)'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.2.1'],
    },
    aliases: ['CKV2_AWS_12', 'AVD-AWS-0173', 'aws-ec2-restrict-all-in-default-sg'],
  },
  check(model) {
    return securityGroupRules(model)
      .filter((entry) => entry.defaultGroup)
      .map((entry) =>
        flag(
          entry.resource,
          entry.node,
          `${entry.resource.address} keeps an ${entry.direction} rule in the VPC's default security group`,
        ),
      );
  },
};

export default rule;
