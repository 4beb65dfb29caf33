import type { Violation } from '../../../../../core/engine';
import { expandAction, isWildcardPattern, type IamAction } from '../../../aws/iam-action-catalog';
import { elementName } from '../../../aws/iam-policy';
import { isAdminStatement } from '../../../aws/iam-statements';
import { describePolicy, identityPolicies } from '../../../aws/policy-documents-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-iam-policy-wildcard-action',
    title: 'IAM policy uses a wildcard action that grants write or permission changes',
    severity: 'medium',
    description:
      'An action pattern such as `s3:*` or `iam:Put*` grants every matching action, today and every one AWS adds later. Read-only patterns (`s3:Get*`) are usually what was meant; a wildcard that reaches write or permissions-management actions hands out changes to data or access control that nobody chose.',
    remediation:
      'List the actions the principal needs. The IAM Access Analyzer policy generation can derive them from CloudTrail activity.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-generation.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-6'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.2'],
      'hipaa-security-rule': ['164.308(a)(4)(i)'],
    },
    aliases: ['CKV_AWS_49', 'CKV_AWS_63', 'AVD-AWS-0057', 'aws-iam-no-policy-wildcards'],
  },
  check(model) {
    const violations: Violation[] = [];
    for (const view of identityPolicies(model)) {
      for (const statement of view.document.statements) {
        if (statement.effect !== 'Allow' || isAdminStatement(statement)) continue;
        for (const pattern of statement.action?.values ?? []) {
          if (!isWildcardPattern(pattern.value)) continue;
          const granted = changingActions(pattern.value);
          if (granted.length === 0) continue;
          const examples = granted
            .slice(0, 3)
            .map((action) => action.name)
            .join(', ');
          violations.push(
            flag(
              view.resource,
              pattern.node,
              `"${pattern.value}" in ${elementName(statement, 'Action')} of ${describePolicy(view)} grants ${granted.length} write or permissions-management actions, such as ${examples}`,
            ),
          );
        }
      }
    }
    return violations;
  },
};

const changing = new Map<string, IamAction[]>();

/** The write and permissions-management actions a pattern grants, computed once per pattern. */
function changingActions(pattern: string): IamAction[] {
  let found = changing.get(pattern);
  if (!found) {
    found = expandAction(pattern).actions.filter(
      (action) => action.level === 'write' || action.level === 'permissions',
    );
    if (changing.size < 10_000) changing.set(pattern, found);
  }
  return found;
}

export default rule;
