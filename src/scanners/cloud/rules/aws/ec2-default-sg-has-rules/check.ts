import type { RegionAuditRule } from '../../../engine/audit-rule';
import { regionalArn } from '../shared/arns';

const rule: RegionAuditRule = {
  meta: {
    id: 'aws-audit-ec2-default-sg-has-rules',
    title: 'Default security group allows traffic',
    severity: 'medium',
    description:
      "Resources launched without an explicit security group land in the VPC's default group. When it has rules, they silently get network access nobody designed for them; with no rules, they are isolated until someone decides.",
    remediation:
      'Remove every inbound and outbound rule from the default security group of each VPC, and give resources purpose-built groups.',
    links: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
      'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSecurityGroups.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'network',
    compliance: {
      'cis-aws-4.0.1': ['5.5'],
      'nist-800-53-r5': ['AC-4', 'SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.3.2'],
    },
    aliases: ['ec2_securitygroup_default_restrict_traffic'],
  },
  scope: 'region',
  needs: ['ec2.securityGroups'],
  check(context) {
    const groups = context.get('ec2.securityGroups') ?? [];
    return groups.flatMap((group) => {
      if (group.GroupName !== 'default' || !group.GroupId) return [];
      const inbound = group.IpPermissions?.length ?? 0;
      const outbound = group.IpPermissionsEgress?.length ?? 0;
      if (inbound + outbound === 0) return [];
      const arn = group.SecurityGroupArn ?? regionalArn(context, 'ec2', `security-group/${group.GroupId}`);
      return [
        context.flag(
          arn,
          `The default security group ${group.GroupId} of ${group.VpcId ?? 'its VPC'} has ${inbound} inbound and ${outbound} outbound rule(s).`,
        ),
      ];
    });
  },
};

export default rule;
