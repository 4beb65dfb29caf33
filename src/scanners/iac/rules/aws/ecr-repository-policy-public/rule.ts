import type { IacRule } from '../../../model/violation';
import { publicResourcePolicies } from '../shared/public-resource-policy';

const rule: IacRule = {
  meta: {
    id: 'aws-ecr-repository-policy-public',
    title: 'ECR repository policy grants access to any principal',
    severity: 'high',
    description:
      'A repository policy with `Principal: "*"` and no caller condition lets any AWS account pull the images (and whatever secrets were baked into them), or push replacements when write actions are included.',
    remediation: 'Name the accounts that pull in `Principal`, or restrict `*` with `aws:PrincipalOrgID`.',
    links: [
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html',
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'container',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['7.2.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: ['CKV_AWS_32', 'AVD-AWS-0032', 'aws-ecr-no-public-access'],
  },
  check: (model) => publicResourcePolicies(model, 'ecr', 'repository'),
};

export default rule;
