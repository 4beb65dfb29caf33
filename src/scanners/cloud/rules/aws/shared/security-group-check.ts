import type { RuleMeta } from '../../../../../core/rule';
import type { RegionAuditRule } from '../../../engine/audit-rule';
import { regionalArn } from './arns';
import { describePorts, openPorts } from './network-exposure';

/** A check for security groups that open `ports` to the whole Internet (`cidr`: 0.0.0.0/0 or ::/0). */
export function securityGroupExposureRule(
  meta: RuleMeta,
  cidr: string,
  ports: readonly number[],
): RegionAuditRule {
  return {
    meta,
    scope: 'region',
    needs: ['ec2.securityGroups'],
    check(context) {
      const groups = context.get('ec2.securityGroups') ?? [];
      return groups.flatMap((group) => {
        const open = openPorts(group.IpPermissions, cidr, ports);
        if (open.length === 0 || !group.GroupId) return [];
        const arn = group.SecurityGroupArn ?? regionalArn(context, 'ec2', `security-group/${group.GroupId}`);
        return [
          context.flag(
            arn,
            `Security group ${group.GroupId} (${group.GroupName ?? 'unnamed'}) in ${group.VpcId ?? 'no VPC'} allows ${describePorts(open)} from ${cidr}.`,
            {
              properties: { ports: open.join(',') },
            },
          ),
        ];
      });
    },
  };
}
