import type { Violation } from '../../../../../core/engine';
import { isOpenSubject, subjectConditions, trustsGithubOidc } from '../../../aws/github-oidc';
import { describePolicy, policyDocuments } from '../../../aws/policy-documents-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-iam-github-oidc-trust-unscoped',
    title: 'Role trusts GitHub Actions OIDC tokens from any repository',
    severity: 'critical',
    description:
      "Every GitHub Actions workflow, in any repository of any owner, can obtain a token from GitHub's OIDC provider. A role that trusts the provider without a `token.actions.githubusercontent.com:sub` condition naming your repositories can be assumed by anyone who runs a workflow, which has been used to take over real AWS accounts.",
    remediation:
      'Add a `StringEquals` (or `StringLike`) condition on `token.actions.githubusercontent.com:sub` with values such as `repo:my-org/my-repo:ref:refs/heads/main` or `repo:my-org/my-repo:environment:production`, and keep `token.actions.githubusercontent.com:aud` equal to `sts.amazonaws.com`.',
    links: [
      'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'IA-2'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['7.2.1', '8.2.1'],
    },
    aliases: ['CKV_AWS_358'],
  },
  check(model) {
    const violations: Violation[] = [];
    for (const view of policyDocuments(model)) {
      if (view.kind === 'identity') continue;
      for (const statement of view.document.statements) {
        if (
          statement.effect !== 'Allow' ||
          statement.conditionUnknown ||
          !trustsGithubOidc(model, view, statement)
        )
          continue;
        const subjects = subjectConditions(statement);
        if (subjects.length === 0) {
          const node = statement.principal?.node ?? statement.node;
          violations.push(
            flag(
              view.resource,
              node,
              `${describePolicy(view)} trusts GitHub Actions tokens without a token.actions.githubusercontent.com:sub condition: any repository on GitHub can assume the role`,
            ),
          );
          continue;
        }
        // Conditions under different operators must all match: one scoped condition is enough.
        if (subjects.some((condition) => condition.unknown || !condition.values.some(isOpenSubject)))
          continue;
        for (const condition of subjects) {
          const open = condition.values.filter(isOpenSubject);
          if (condition.unknown || open.length === 0) continue;
          violations.push(
            flag(
              view.resource,
              condition.node,
              `${describePolicy(view)} accepts GitHub Actions tokens whose subject matches "${open[0]}": repositories of any owner can assume the role`,
            ),
          );
        }
      }
    }
    return violations;
  },
};

export default rule;
