import type { Violation } from '../../../../../core/engine';
import { publicGrant } from '../../../aws/iam-statements';
import { describePolicy, policyDocuments } from '../../../aws/policy-documents-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-iam-role-trust-public',
    title: 'IAM role trust policy lets any AWS principal assume the role',
    severity: 'critical',
    description:
      'A trust policy with `Principal: "*"` (or `{ AWS: "*" }`) and no condition on the caller lets any IAM user or role in any AWS account assume the role and act with its permissions.',
    remediation:
      'Name the accounts, roles or services allowed to assume the role in `Principal`. When a wildcard is needed, restrict it with `aws:PrincipalOrgID`, `aws:PrincipalAccount` or `aws:PrincipalArn` conditions.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-trust-policy',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'AC-6'],
      'soc2-2017': ['CC6.1', 'CC6.3'],
      'pci-dss-4.0': ['7.2.1'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: ['CKV_AWS_60'],
  },
  check(model) {
    const violations: Violation[] = [];
    for (const view of policyDocuments(model)) {
      if (view.kind !== 'trust') continue;
      for (const statement of view.document.statements) {
        const node = publicGrant(statement);
        if (node)
          violations.push(
            flag(
              view.resource,
              node,
              `${describePolicy(view)} lets any AWS principal assume the role, with no condition limiting the caller`,
            ),
          );
      }
    }
    return violations;
  },
};

export default rule;
