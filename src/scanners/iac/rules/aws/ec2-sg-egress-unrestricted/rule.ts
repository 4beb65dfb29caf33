import { coversAllPorts, describeRule, securityGroupRules } from '../../../aws/security-group-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-ec2-sg-egress-unrestricted',
    title: 'Security group allows all outbound traffic to the internet',
    severity: 'low',
    description:
      'An egress rule for all protocols and ports to 0.0.0.0/0 or ::/0 lets a compromised instance reach any host: download tooling, call back to its operator, or move data out over any port.',
    remediation:
      'Allow outbound traffic only to the ports and destinations the workload needs (HTTPS to 0.0.0.0/0, the database security group), as the web tier in the security baseline does.',
    links: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
      'https://docs.aws.amazon.com/whitepapers/latest/building-scalable-secure-multi-vpc-network-infrastructure/centralized-egress-to-internet.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'SC-7(5)'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.2'],
    },
    aliases: ['CKV_AWS_382', 'AVD-AWS-0104', 'aws-ec2-no-public-egress-sgr'],
  },
  check(model) {
    return securityGroupRules(model)
      .filter((entry) => entry.direction === 'egress' && coversAllPorts(entry))
      .flatMap((entry) =>
        entry.openCidrs.map((cidr) =>
          flag(
            entry.resource,
            cidr.node,
            `${describeRule(entry)} allows all outbound traffic to ${cidr.value}`,
          ),
        ),
      );
  },
};

export default rule;
