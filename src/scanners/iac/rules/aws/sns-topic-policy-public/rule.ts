import type { IacRule } from '../../../model/violation';
import { publicResourcePolicies } from '../shared/public-resource-policy';

const rule: IacRule = {
  meta: {
    id: 'aws-sns-topic-policy-public',
    title: 'SNS topic policy grants access to any principal',
    severity: 'high',
    description:
      'A topic policy that allows `Principal: "*"` without a condition on the caller lets anyone publish to the topic or subscribe an endpoint of their own to it, receiving every message.',
    remediation:
      'Name the accounts or services in `Principal`, or restrict `*` with `aws:SourceArn`, `aws:SourceAccount` or `aws:PrincipalOrgID`.',
    links: [
      'https://docs.aws.amazon.com/sns/latest/dg/sns-security-best-practices.html#ensure-topics-not-publicly-accessible',
      'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'application',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['7.2.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: [],
  },
  check: (model) => publicResourcePolicies(model, 'sns', 'topic'),
};

export default rule;
