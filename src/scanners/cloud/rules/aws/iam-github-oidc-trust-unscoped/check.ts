import type { AccountAuditRule } from '../../../engine/audit-rule';
import { githubTrustProblem, trustsGithubActions } from '../shared/github-oidc-trust';

const rule: AccountAuditRule = {
  meta: {
    id: 'aws-audit-iam-github-oidc-trust-unscoped',
    title: 'IAM role trusts GitHub Actions tokens from any repository',
    severity: 'critical',
    description:
      "GitHub's OIDC issuer is shared by every repository on GitHub. A role that trusts it without a condition on the token's `sub` (or repository) claim naming your repositories can be assumed by any workflow anyone writes, which has been used to take over real AWS accounts.",
    remediation:
      'Add a StringEquals or StringLike condition on token.actions.githubusercontent.com:sub naming the repository and branch or environment, e.g. `repo:my-org/my-repo:ref:refs/heads/main` or, for repositories with immutable subjects, `repo:my-org@123/my-repo@456:environment:production`; keep token.actions.githubusercontent.com:aud equal to sts.amazonaws.com.',
    links: [
      'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html',
      'https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html',
    ],
    scanner: 'audit',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'IA-2'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['7.2.1', '8.2.1'],
    },
    aliases: ['iam_role_github_oidc_trust_subject_restricted'],
  },
  scope: 'account',
  needs: ['iam.authorization'],
  check(context) {
    const roles = context.get('iam.authorization')?.roles ?? [];
    return roles.flatMap((role) => {
      const problems = (role.trustPolicy?.statements ?? [])
        .filter(trustsGithubActions)
        .flatMap((statement) => {
          const problem = githubTrustProblem(statement);
          return problem ? [problem] : [];
        });
      const problem = problems[0];
      if (!problem) return [];
      const why =
        problem.kind === 'unscoped'
          ? 'without a condition on the token.actions.githubusercontent.com:sub claim'
          : `for any subject matching "${problem.subject}", which does not fix the repository owner`;
      return [
        context.flag(
          role.arn,
          `Role ${role.name} accepts GitHub Actions OIDC tokens ${why}: any repository on GitHub can assume it.`,
        ),
      ];
    });
  },
};

export default rule;
