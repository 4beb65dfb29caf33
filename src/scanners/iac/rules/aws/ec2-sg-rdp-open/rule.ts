import type { IacRule } from '../../../model/violation';
import { openPortViolations } from '../shared/open-ports';

const rule: IacRule = {
  meta: {
    id: 'aws-ec2-sg-rdp-open',
    title: 'Security group allows RDP from the internet',
    severity: 'critical',
    description:
      'Port 3389 open to 0.0.0.0/0 or ::/0 exposes Windows Remote Desktop to brute force and to its recurring remote-code-execution flaws.',
    remediation:
      'Allow RDP only from known ranges (a VPN or bastion security group), or use Systems Manager Fleet Manager instead.',
    links: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'network',
    compliance: {
      'cis-aws-3.0': ['5.2', '5.3'],
      'nist-800-53-r5': ['AC-17', 'SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
      'hipaa-security-rule': ['164.312(e)(1)'],
    },
    aliases: ['CKV_AWS_25', 'AVD-AWS-0107', 'aws-ec2-no-public-ingress-sgr'],
  },
  check: (model) => openPortViolations(model, [{ port: 3389, name: 'RDP' }]),
};

export default rule;
