import { defaultServiceAccountUses } from '../../../gcp/compute-instance-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-compute-default-service-account',
    title: 'VM runs as the Compute Engine default service account',
    severity: 'medium',
    description:
      'The default service account is shared by every VM that does not name its own and is typically granted Editor on the project. Workloads then share one broad identity: compromising one gives the access of all, and audit logs cannot tell them apart.',
    remediation:
      'Create a service account per workload with only the roles it needs and set `service_account { email = google_service_account.<name>.email }`.',
    links: [
      'https://cloud.google.com/compute/docs/access/create-enable-service-accounts-for-instances',
      'https://cloud.google.com/iam/docs/best-practices-service-accounts#single-purpose',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#service_account',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'cis-gcp-3.0': ['4.1'],
      'nist-800-53-r5': ['AC-6', 'AC-2'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.5', '8.2.2'],
    },
    aliases: ['CKV_GCP_30', 'AVD-GCP-0044', 'google-compute-no-default-service-account'],
  },
  check(model) {
    return defaultServiceAccountUses(model).map(({ instance, account }) => {
      const how = account.email
        ? 'names the default service account'
        : 'has a service_account block without email, so it uses the default service account';
      return flag(instance.resource, account.email ?? account.node, `${instance.resource.address} ${how}`);
    });
  },
};

export default rule;
