import { at } from '../../../gcp/gcp-settings';
import { readText } from '../../../model/known-values';
import { flag, type IacRule } from '../../../model/violation';

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

const rule: IacRule = {
  meta: {
    id: 'gcp-iam-workload-identity-provider-unconditioned',
    title: 'Workload identity provider trusts GitHub Actions without an attribute condition',
    severity: 'critical',
    description:
      "Every repository on GitHub gets OIDC tokens from the same issuer. A workload identity provider for that issuer without an attribute condition lets a workflow in anyone's repository federate into the pool, and reach whatever its service accounts and principal sets are granted.",
    remediation:
      "Set `attribute_condition` to pin the repository (and branch or environment), e.g. `assertion.repository == 'owner/repo' && assertion.ref == 'refs/heads/main'`, or pin immutable ids with `assertion.repository_id`; grant roles/iam.workloadIdentityUser to `principalSet://.../attribute.repository/owner/repo` rather than to the whole pool.",
    links: [
      'https://cloud.google.com/iam/docs/workload-identity-federation-with-deployment-pipelines#conditions',
      'https://cloud.google.com/iam/docs/workload-identity-federation#conditions',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/iam_workload_identity_pool_provider#attribute_condition',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'IA-2'],
      'soc2-2017': ['CC6.1'],
    },
    aliases: ['iam_workload_identity_pool_provider_attribute_condition'],
  },
  check(model) {
    return model.ofType('google_iam_workload_identity_pool_provider').flatMap((provider) => {
      const issuer = readText(at(provider.body, 'oidc.issuer_uri'));
      if (issuer === 'unknown' || issuer?.replace(/\/+$/, '') !== GITHUB_ISSUER) return [];
      const condition = readText(at(provider.body, 'attribute_condition'));
      if (condition === 'unknown' || (condition !== undefined && condition.trim() !== '')) return [];
      return [
        flag(
          provider,
          at(provider.body, 'attribute_condition') ?? at(provider.body, 'oidc.issuer_uri'),
          `${provider.address} trusts ${GITHUB_ISSUER} with no attribute condition: any GitHub repository can federate into the pool`,
        ),
      ];
    });
  },
};

export default rule;
