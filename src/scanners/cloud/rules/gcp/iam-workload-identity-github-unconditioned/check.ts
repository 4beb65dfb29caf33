import type { GcpAuditRule } from '../gcp-audit-rule';

const GITHUB_ISSUER = /^https:\/\/token\.actions\.githubusercontent\.com(\/|$)/;

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-iam-workload-identity-github-unconditioned',
    title: 'Workload identity provider trusts GitHub Actions tokens without an attribute condition',
    severity: 'critical',
    description:
      "Every GitHub Actions workflow in every repository gets tokens from the same issuer, token.actions.githubusercontent.com. A provider for that issuer with no attribute condition accepts a token from anyone's repository, so any GitHub user can federate into the pool and use what it is granted.",
    remediation:
      "Set the provider's attribute condition to pin your organisation and, better, the repository by its immutable id, for example assertion.repository_owner_id == '12345' && assertion.repository == 'octo-org/platform', and grant roles/iam.workloadIdentityUser only to principalSet members for those repositories.",
    links: [
      'https://cloud.google.com/iam/docs/workload-identity-federation-with-deployment-pipelines#conditions',
      'https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-google-cloud-platform',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'IA-2'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.2.2'],
    },
    aliases: ['iam_workload_identity_pool_provider_attribute_condition'],
  },
  needs: ['workloadIdentityPools'],
  check(context) {
    return (context.get('workloadIdentityPools') ?? []).flatMap(({ pool, providers }) => {
      if (pool.state === 'DELETED') return [];
      return (context.use(providers) ?? []).flatMap((provider) => {
        if (provider.state === 'DELETED' || !GITHUB_ISSUER.test(provider.oidc?.issuerUri ?? '')) return [];
        if ((provider.attributeCondition ?? '').trim() !== '') return [];
        return [
          context.flag(
            `//iam.googleapis.com/${provider.name}`,
            `Provider ${provider.name?.split('/').pop()} of pool ${pool.name?.split('/').pop()} trusts ${provider.oidc?.issuerUri} with no attribute condition${provider.disabled || pool.disabled ? ' (disabled now, but it can be re-enabled)' : ''}: any GitHub repository can federate.`,
            { region: 'global' },
          ),
        ];
      });
    });
  },
};

export default rule;
