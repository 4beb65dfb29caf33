import type { Violation } from '../../../../../core/engine';
import { isAdminStatement } from '../../../aws/iam-statements';
import { describePolicy, identityPolicies } from '../../../aws/policy-documents-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-iam-policy-admin',
    title: 'IAM policy grants full administrator access ("*" on "*")',
    severity: 'critical',
    description:
      'A statement that allows every action on every resource makes whoever holds the policy an administrator of the account: they can read all data, change every control, and create new credentials for themselves. A leaked key or a compromised workload with such a policy is a full account takeover.',
    remediation:
      'Grant only the actions and resources the principal needs. Reserve administrator access for a few break-glass roles that require MFA, and use the AWS managed job-function policies as a starting point.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'cis-aws-3.0': ['1.16'],
      'nist-800-53-r5': ['AC-6', 'AC-6(1)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1', '7.2.2'],
      'hipaa-security-rule': ['164.308(a)(4)(i)'],
    },
    aliases: ['CKV_AWS_1', 'CKV_AWS_62'],
  },
  check(model) {
    const violations: Violation[] = [];
    for (const view of identityPolicies(model)) {
      for (const statement of view.document.statements) {
        const action = isAdminStatement(statement);
        if (action) {
          violations.push(
            flag(
              view.resource,
              action.node,
              `${describePolicy(view)} allows "${action.value}" on "*": full administrator access`,
            ),
          );
        }
      }
    }
    return violations;
  },
};

export default rule;
