import type { IacRule } from '../../../model/violation';
import { publicGrants } from '../public-grants';

const rule: IacRule = {
  meta: {
    id: 'gcp-run-service-public',
    title: 'Cloud Run service can be invoked by allUsers or allAuthenticatedUsers',
    severity: 'medium',
    description:
      'A role on a Cloud Run service for `allUsers` turns off Google-level authentication: anyone who finds the URL can call it. That is right for a public website, but internal APIs, admin tools and jobs then rely on their own code alone to refuse strangers.',
    remediation:
      'Grant `roles/run.invoker` to the service accounts and groups that call the service; for public sites put the service behind a load balancer with Cloud Armor, and keep this finding suppressed with a reason.',
    links: [
      'https://cloud.google.com/run/docs/authenticating/public',
      'https://cloud.google.com/run/docs/securing/managing-access',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloud_run_v2_service_iam',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-3', 'AC-17'],
      'soc2-2017': ['CC6.1', 'CC6.6'],
      'pci-dss-4.0': ['7.2.1'],
    },
    aliases: ['CKV_GCP_102'],
  },
  check: (model) => publicGrants(model, ['cloud-run']),
};

export default rule;
