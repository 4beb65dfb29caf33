import type { Violation } from '../../../../../core/engine';
import { at, readBool, readText } from '../../../gcp/gcp-settings';
import { gkeClusters } from '../../../gcp/gke-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-gke-legacy-client-auth',
    title: 'GKE cluster issues client certificates or accepts a static password',
    severity: 'high',
    description:
      "A client certificate issued at creation, or a basic-auth username and password, is a static cluster-admin credential: it cannot be revoked short of rotating the cluster's credentials, it bypasses IAM, and it lands in Terraform state.",
    remediation:
      'Remove `master_auth.username`/`password` and set `client_certificate_config { issue_client_certificate = false }`; authenticate with Google identities (IAM and RBAC) instead.',
    links: [
      'https://cloud.google.com/kubernetes-engine/docs/how-to/api-server-authentication#legacy-auth',
      'https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#restrict_authn_methods',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#master_auth',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'kubernetes',
    compliance: {
      'nist-800-53-r5': ['IA-2', 'IA-5'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.2.2', '8.6.2'],
    },
    aliases: ['CKV_GCP_13', 'CKV_GCP_19', 'AVD-GCP-0064', 'google-gke-no-legacy-authentication'],
  },
  check(model) {
    return gkeClusters(model).flatMap((cluster): Violation[] => {
      const auth = at(cluster.resource.body, 'master_auth');
      const found: Violation[] = [];
      const issue = at(auth, 'client_certificate_config.issue_client_certificate');
      if (readBool(issue) === true)
        found.push(
          flag(
            cluster.resource,
            issue,
            `cluster ${cluster.resource.address} issues a static client certificate`,
          ),
        );
      const username = at(auth, 'username');
      const name = readText(username);
      if (name !== undefined && name !== 'unknown' && name.trim() !== '') {
        found.push(
          flag(
            cluster.resource,
            username,
            `cluster ${cluster.resource.address} enables basic authentication`,
          ),
        );
      }
      return found;
    });
  },
};

export default rule;
