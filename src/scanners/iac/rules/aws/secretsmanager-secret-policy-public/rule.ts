import type { IacRule } from '../../../model/violation';
import { publicResourcePolicies } from '../shared/public-resource-policy';

const rule: IacRule = {
  meta: {
    id: 'aws-secretsmanager-secret-policy-public',
    title: 'Secrets Manager resource policy grants access to any principal',
    severity: 'critical',
    description:
      'A secret\'s resource policy with `Principal: "*"` and no caller condition lets any AWS account read the secret value: database passwords, API keys, signing keys.',
    remediation:
      'Name the roles that read the secret in `Principal`, or restrict `*` with `aws:PrincipalOrgID` or `aws:PrincipalArn`. Turn on Block Public Policy for the secret.',
    links: [
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html',
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/determine-acccess_examine-iam-policies.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'secrets',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['7.2.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: [],
  },
  check: (model) => publicResourcePolicies(model, 'secretsmanager', 'secret'),
};

export default rule;
