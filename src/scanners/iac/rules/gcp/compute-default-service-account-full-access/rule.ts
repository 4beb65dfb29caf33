import { defaultServiceAccountUses, isFullAccessScope } from '../../../gcp/compute-instance-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-compute-default-service-account-full-access',
    title: 'VM uses the default service account with access to all Cloud APIs',
    severity: 'high',
    description:
      'The Compute Engine default service account is often granted Editor on the project. With the `cloud-platform` scope nothing limits it any further, so any code running on the VM, or anyone who reads its metadata server, can change almost everything in the project.',
    remediation:
      'Attach a dedicated service account with only the roles the workload needs (`service_account { email = google_service_account.<name>.email, scopes = ["cloud-platform"] }`), or keep the default account with narrow scopes only.',
    links: [
      'https://cloud.google.com/compute/docs/access/service-accounts#default_service_account',
      'https://cloud.google.com/compute/docs/access/service-accounts#scopes_best_practice',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#service_account',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'cis-gcp-3.0': ['4.2'],
      'nist-800-53-r5': ['AC-6', 'AC-6(5)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.5'],
    },
    aliases: ['CKV_GCP_31'],
  },
  check(model) {
    return defaultServiceAccountUses(model).flatMap(({ instance, account }) => {
      const scope = account.scopes.find((entry) => isFullAccessScope(entry.value));
      return scope
        ? [
            flag(
              instance.resource,
              scope.node,
              `${instance.resource.address} gives the default service account the cloud-platform scope`,
            ),
          ]
        : [];
    });
  },
};

export default rule;
