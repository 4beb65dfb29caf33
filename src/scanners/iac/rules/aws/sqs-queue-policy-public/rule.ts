import type { IacRule } from '../../../model/violation';
import { publicResourcePolicies } from '../shared/public-resource-policy';

const rule: IacRule = {
  meta: {
    id: 'aws-sqs-queue-policy-public',
    title: 'SQS queue policy grants access to any principal',
    severity: 'high',
    description:
      'A queue policy that allows `Principal: "*"` without a condition on the caller (source ARN, account, organization) lets anyone send, read or delete messages: injected jobs, stolen payloads, or a drained queue.',
    remediation:
      'Name the principals in `Principal`, or restrict `*` with `aws:SourceArn`/`aws:SourceAccount` (for SNS or EventBridge publishers) or `aws:PrincipalOrgID`.',
    links: [
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-security-best-practices.html#ensure-queues-not-publicly-accessible',
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html',
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
  check: (model) => publicResourcePolicies(model, 'sqs', 'queue'),
};

export default rule;
