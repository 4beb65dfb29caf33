import type { AzureAuditRule } from '../azure-audit-rule';
import { CONTRIBUTOR_ROLE, OWNER_ROLE, roleGuid } from '../shared/built-in-roles';
import { describeTrust, githubTrusts, subjectPatterns } from '../shared/github-trusts';

/** Roles that can change resources or access: a pull request must never obtain them. */
const PRIVILEGED: Record<string, string> = {
  [OWNER_ROLE]: 'Owner',
  [CONTRIBUTOR_ROLE]: 'Contributor',
  '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9': 'User Access Administrator',
  'f58310d9-a9f6-439a-9e8d-f62e7b41a168': 'Role Based Access Control Administrator',
};

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-oidc-github-pull-request-privileged',
    title: 'Pull request workflows can sign in as an identity with write access to the subscription',
    severity: 'high',
    description:
      "A federated credential for the pull_request subject gives workflows running on pull requests, whose code the contributor controls, the identity's roles; with Owner or Contributor, a pull request can change or destroy resources before anyone reviews it.",
    remediation:
      'Give pull request workflows a separate identity with Reader (or nothing), and keep write roles for credentials bound to a protected environment or the main branch.',
    links: [
      'https://learn.microsoft.com/en-us/entra/workload-id/workload-identity-federation',
      'https://docs.github.com/en/actions/reference/security/oidc',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-6', 'CM-3'],
      'soc2-2017': ['CC6.3', 'CC8.1'],
      'pci-dss-4.0': ['7.2.1'],
    },
    aliases: [],
  },
  needs: ['appGithubTrusts', 'identityGithubTrusts', 'roleAssignments'],
  check(context) {
    const assignments = context.get('roleAssignments') ?? [];
    return githubTrusts(context).flatMap((trust) => {
      if (!subjectPatterns(trust).some((pattern) => /:pull_request$/i.test(pattern))) return [];
      const roles = assignments
        .filter(
          (assignment) => (assignment.principalId ?? '').toLowerCase() === trust.principalId.toLowerCase(),
        )
        .flatMap((assignment) => {
          const role = PRIVILEGED[roleGuid(assignment)];
          return role ? [`${role} at ${assignment.scope}`] : [];
        });
      if (roles.length === 0) return [];
      return [
        context.flag(
          trust.credentialId,
          `${describeTrust(trust)} trusts pull_request workflows and the identity holds ${roles.join(', ')}.`,
          trust.location ? { region: trust.location } : {},
        ),
      ];
    });
  },
};

export default rule;
