import { at } from '../../../gcp/gcp-settings';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-iam-service-account-key',
    title: 'User-managed service account key is created',
    severity: 'medium',
    description:
      'A user-managed key is a long-lived credential: it is valid for years, works from anywhere, and ends up in Terraform state, CI variables and laptops. Google-managed keys, Workload Identity and workload identity federation give workloads credentials that are short-lived and never leave Google.',
    remediation:
      'Remove the `google_service_account_key` resource. Run workloads on GCP with an attached service account (Workload Identity on GKE), and authenticate external workloads such as CI with workload identity federation; enforce the `iam.disableServiceAccountKeyCreation` organization policy.',
    links: [
      'https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys',
      'https://cloud.google.com/iam/docs/workload-identity-federation',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/google_service_account_key',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'secrets',
    compliance: {
      'cis-gcp-3.0': ['1.4'],
      'nist-800-53-r5': ['IA-5', 'IA-5(7)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.6.2'],
      'hipaa-security-rule': ['164.312(d)'],
    },
    aliases: [],
  },
  check(model) {
    return model.ofType('google_service_account_key').map((resource) => {
      const account = at(resource.body, 'service_account_id');
      const uploaded = at(resource.body, 'public_key_data') !== undefined;
      return flag(
        resource,
        uploaded ? at(resource.body, 'public_key_data') : undefined,
        `${resource.address} creates a user-managed key${uploaded ? ' from an uploaded public key' : ''} for ${account?.kind === 'scalar' ? String(account.value) : 'a service account'}`,
      );
    });
  },
};

export default rule;
