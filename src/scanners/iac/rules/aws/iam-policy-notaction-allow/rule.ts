import type { Violation } from '../../../../../core/engine';
import { elementName } from '../../../aws/iam-policy';
import { describePolicy, identityPolicies } from '../../../aws/policy-documents-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-iam-policy-notaction-allow',
    title: 'IAM policy allows everything except a list of actions (Allow with NotAction)',
    severity: 'medium',
    description:
      '`NotAction` with `Effect: Allow` grants every action of every service that is not listed, including actions AWS adds later. It is almost always broader than intended; `NotAction` belongs in Deny statements.',
    remediation:
      'Rewrite the statement with `Action` listing what is allowed, or turn it into a Deny statement with `NotAction` listing the exceptions.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-6'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.2'],
    },
    aliases: [],
  },
  check(model) {
    const violations: Violation[] = [];
    for (const view of identityPolicies(model)) {
      for (const statement of view.document.statements) {
        if (statement.effect !== 'Allow' || !statement.notAction) continue;
        const except =
          statement.notAction.values.map((entry) => entry.value).join(', ') || 'the listed actions';
        violations.push(
          flag(
            view.resource,
            statement.notAction.node,
            `${elementName(statement, 'NotAction')} with Allow in ${describePolicy(view)} grants every action except ${except}`,
          ),
        );
      }
    }
    return violations;
  },
};

export default rule;
