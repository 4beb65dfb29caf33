import { isCloudFormation, label } from '../../../aws/aws-resource';
import { linkedResources } from '../../../aws/resource-links';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-vpc-flow-logs-disabled',
    title: 'VPC has no flow log',
    severity: 'medium',
    description:
      'Flow logs record the connections accepted and rejected in the VPC. Without them there is no record of what a compromised instance talked to, and no way to spot scanning or data leaving over unusual ports.',
    remediation:
      'Add an `aws_flow_log` (`AWS::EC2::FlowLog`) for the VPC with `traffic_type = "ALL"`, delivered to CloudWatch Logs or S3, as the security baseline does with `aws ec2 create-flow-logs`.',
    links: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/flow_log',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'logging',
    compliance: {
      'cis-aws-3.0': ['3.7'],
      'nist-800-53-r5': ['AU-2', 'AU-12', 'SI-4'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.2.1'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: ['CKV2_AWS_11', 'AVD-AWS-0178', 'aws-ec2-require-vpc-flow-logs-for-all-vpcs'],
  },
  check(model) {
    const violations = [];
    for (const vpc of model.ofTypes(['aws_vpc', 'AWS::EC2::VPC'])) {
      const logs = isCloudFormation(vpc)
        ? linkedResources(model, vpc, ['AWS::EC2::FlowLog'], 'ResourceId')
        : linkedResources(model, vpc, ['aws_flow_log'], 'vpc_id');
      if (logs.resources.length > 0 || logs.uncertain) continue;
      violations.push(
        flag(
          vpc,
          undefined,
          `VPC ${label(vpc)} has no ${isCloudFormation(vpc) ? 'AWS::EC2::FlowLog' : 'aws_flow_log'}`,
        ),
      );
    }
    return violations;
  },
};

export default rule;
