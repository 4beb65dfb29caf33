import { coversAllPorts, describeRule, securityGroupRules } from '../../../aws/security-group-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-ec2-sg-all-ports-open',
    title: 'Security group allows all ports from the internet',
    severity: 'critical',
    description:
      'An ingress rule for all protocols (or every TCP/UDP port) from 0.0.0.0/0 or ::/0 exposes every service on the instances behind it, including administration ports and services never meant to be reachable.',
    remediation:
      'Open only the ports the workload serves, to the sources that need them; put public traffic behind a load balancer.',
    links: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'network',
    compliance: {
      'cis-aws-3.0': ['5.2', '5.3'],
      'nist-800-53-r5': ['SC-7', 'SC-7(5)', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
      'hipaa-security-rule': ['164.312(e)(1)'],
    },
    aliases: ['CKV_AWS_277'],
  },
  check(model) {
    return securityGroupRules(model)
      .filter((entry) => entry.direction === 'ingress' && coversAllPorts(entry))
      .flatMap((entry) =>
        entry.openCidrs.map((cidr) =>
          flag(entry.resource, cidr.node, `${describeRule(entry)} allows every port from ${cidr.value}`),
        ),
      );
  },
};

export default rule;
