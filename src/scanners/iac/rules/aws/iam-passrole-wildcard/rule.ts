import type { Violation } from '../../../../../core/engine';
import { elementName } from '../../../aws/iam-policy';
import {
  appliesBroadly,
  coversAction,
  isAdminStatement,
  patternsCovering,
} from '../../../aws/iam-statements';
import { describePolicy, identityPolicies } from '../../../aws/policy-documents-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-iam-passrole-wildcard',
    title: 'IAM policy allows iam:PassRole on every role',
    severity: 'high',
    description:
      '`iam:PassRole` decides which roles a principal may hand to a service (an EC2 instance, a Lambda function, a CloudFormation stack). On `Resource: "*"` it can hand over the most privileged role of the account and then act through the service with that role.',
    remediation:
      'Limit `iam:PassRole` to the ARNs of the roles the principal must pass, and add an `iam:PassedToService` condition naming the service.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_PassedToService',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-6', 'AC-6(1)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.2'],
    },
    aliases: ['AVD-AWS-0342', 'aws-iam-filter-passrole-access'],
  },
  check(model) {
    const violations: Violation[] = [];
    for (const view of identityPolicies(model)) {
      for (const statement of view.document.statements) {
        if (statement.effect !== 'Allow' || isAdminStatement(statement)) continue;
        if (coversAction(statement, 'iam:PassRole') !== true || appliesBroadly(statement) !== true) continue;
        const node =
          patternsCovering(statement, 'iam:PassRole')[0]?.node ?? statement.notAction?.node ?? statement.node;
        const element = statement.notAction
          ? elementName(statement, 'NotAction')
          : elementName(statement, 'Action');
        violations.push(
          flag(
            view.resource,
            node,
            `${element} in ${describePolicy(view)} allows iam:PassRole on every role`,
          ),
        );
      }
    }
    return violations;
  },
};

export default rule;
