import type { RegionAuditRule } from '../../../engine/audit-rule';
import { regionalArn } from '../shared/arns';

const rule: RegionAuditRule = {
  meta: {
    id: 'aws-audit-vpc-flow-logs-disabled',
    title: 'VPC has no active flow log',
    severity: 'medium',
    description:
      'Flow logs record the connections made in and out of a VPC. Without them, an intrusion, data exfiltration or a scan from inside leaves no network trace to investigate.',
    remediation:
      'Create a flow log for the VPC (at least rejected traffic; all traffic where you investigate connections) delivering to CloudWatch Logs or S3.',
    links: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
      'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeFlowLogs.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'logging',
    compliance: {
      'cis-aws-4.0.1': ['3.7'],
      'nist-800-53-r5': ['AU-2', 'AU-12', 'SI-4'],
      'soc2-2017': ['CC7.2', 'CC7.3'],
      'pci-dss-4.0': ['10.2.1'],
      'hipaa-security-rule': ['164.308(a)(1)(ii)(D)', '164.312(b)'],
    },
    aliases: ['vpc_flow_logs_enabled'],
  },
  scope: 'region',
  needs: ['ec2.vpcs', 'ec2.flowLogs'],
  check(context) {
    const vpcs = context.get('ec2.vpcs');
    const flowLogs = context.get('ec2.flowLogs');
    if (!vpcs || !flowLogs) return [];
    const logged = new Set(
      flowLogs
        .filter((log) => log.FlowLogStatus === 'ACTIVE' && !log.DeliverLogsErrorMessage)
        .map((log) => log.ResourceId),
    );
    return vpcs
      .filter((vpc) => vpc.VpcId && !logged.has(vpc.VpcId))
      .map((vpc) =>
        context.flag(
          regionalArn(context, 'ec2', `vpc/${vpc.VpcId}`),
          `VPC ${vpc.VpcId}${vpc.IsDefault ? ' (the default VPC)' : ''} has no active flow log.`,
        ),
      );
  },
};

export default rule;
