import type { Violation } from '../../../../../core/engine';
import { isWildcardPattern, lookupAction } from '../../../aws/iam-action-catalog';
import { elementName } from '../../../aws/iam-policy';
import { describePolicy, identityPolicies } from '../../../aws/policy-documents-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-iam-policy-wildcard-resource',
    title: 'IAM policy grants write actions on every resource although they can be scoped',
    severity: 'low',
    description:
      'Most write and permissions-management actions accept specific resource ARNs. Granting them on `Resource: "*"` lets the principal change every bucket, queue or role of the account instead of the ones it owns, so one compromised workload reaches all the others.',
    remediation:
      'Replace `"*"` with the ARNs (or ARN patterns) of the resources the principal manages. Actions that only accept `"*"` can stay in a separate statement.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
      'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-6'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.2'],
    },
    aliases: ['CKV_AWS_355'],
  },
  check(model) {
    const violations: Violation[] = [];
    for (const view of identityPolicies(model)) {
      for (const statement of view.document.statements) {
        const star = statement.resource?.values.find((entry) => entry.value.trim() === '*');
        if (statement.effect !== 'Allow' || !star || !statement.action) continue;
        if (statement.action.values.some((entry) => isWildcardPattern(entry.value))) continue;
        const scopable = statement.action.values
          .map((entry) => lookupAction(entry.value))
          .filter(
            (action) => action?.scopable && (action.level === 'write' || action.level === 'permissions'),
          )
          .map((action) => action!.name);
        if (scopable.length === 0) continue;
        violations.push(
          flag(
            view.resource,
            star.node,
            `${elementName(statement, 'Resource')} "*" in ${describePolicy(view)} applies ${scopable.slice(0, 3).join(', ')}${scopable.length > 3 ? ` and ${scopable.length - 3} more` : ''} to every resource, though they accept specific ARNs`,
          ),
        );
      }
    }
    return violations;
  },
};

export default rule;
