import { properties, readText } from '../../../aws/aws-resource';
import { describeRule, securityGroupRules } from '../../../aws/security-group-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-ec2-sg-rule-description-missing',
    title: 'Security group rule has no description',
    severity: 'low',
    description:
      'A rule without a description says nothing about why the port is open or who depends on it, so nobody dares remove it during a review and stale openings accumulate.',
    remediation:
      'Give every ingress and egress rule a `description` (`Description`) naming the traffic it allows and why.',
    links: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-rule-components',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group#description',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['CM-6'],
      'pci-dss-4.0': ['1.2.1'],
    },
    aliases: ['CKV_AWS_23', 'AVD-AWS-0124', 'aws-ec2-add-description-to-security-group-rule'],
  },
  check(model) {
    return securityGroupRules(model)
      .filter((entry) => !entry.defaultGroup && (readText(entry.description.node) ?? '').trim() === '')
      .map((entry) =>
        flag(
          entry.resource,
          entry.node === entry.resource.body || entry.node === properties(entry.resource)
            ? undefined
            : entry.node,
          `${describeRule(entry).includes(' of ') ? describeRule(entry) : `${entry.direction} rule ${describeRule(entry)}`} has no description`,
        ),
      );
  },
};

export default rule;
