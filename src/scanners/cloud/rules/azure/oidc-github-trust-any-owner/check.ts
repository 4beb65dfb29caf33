import type { AzureAuditRule } from '../azure-audit-rule';
import { anyOwner, describeTrust, githubTrusts, subjectPatterns } from '../shared/github-trusts';

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-oidc-github-trust-any-owner',
    title: 'Federated credential lets GitHub workflows of any owner sign in',
    severity: 'critical',
    description:
      "Every GitHub repository gets tokens from the same issuer; a flexible federated credential whose subject pattern has a wildcard in the owner part lets a workflow in anyone's repository exchange its token for this identity and act with its roles.",
    remediation:
      'Replace the expression with one that fixes the owner and repository (repo:<owner>/<repo>:environment:<name> or a branch), or use exact-subject credentials, one per workflow that needs the identity.',
    links: [
      'https://learn.microsoft.com/en-us/entra/workload-id/workload-identities-flexible-federated-identity-credentials',
      'https://docs.github.com/en/actions/reference/security/oidc',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['IA-2', 'AC-3'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.2.2'],
    },
    aliases: [],
  },
  needs: ['appGithubTrusts', 'identityGithubTrusts', 'roleAssignments'],
  check(context) {
    const assignments = context.get('roleAssignments') ?? [];
    // An app registration is tenant-wide: it is reported in the subscriptions where it holds a role.
    const principals = new Set(assignments.map((assignment) => (assignment.principalId ?? '').toLowerCase()));
    return githubTrusts(context)
      .filter((trust) => trust.kind === 'managed identity' || principals.has(trust.principalId.toLowerCase()))
      .flatMap((trust) => {
        const open = subjectPatterns(trust).filter(anyOwner);
        if (open.length === 0) return [];
        return [
          context.flag(
            trust.credentialId,
            `${describeTrust(trust)} accepts GitHub subjects of any owner ('${open.join("', '")}').`,
            trust.location ? { region: trust.location } : {},
          ),
        ];
      });
  },
};

export default rule;
