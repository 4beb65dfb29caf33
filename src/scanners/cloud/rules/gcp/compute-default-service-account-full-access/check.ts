import type { GcpAuditRule } from '../gcp-audit-rule';
import {
  instanceResource,
  isDefaultComputeAccount,
  standaloneInstances,
  zoneOf,
} from '../shared/compute-metadata';

const FULL_ACCESS = 'https://www.googleapis.com/auth/cloud-platform';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-compute-default-service-account-full-access',
    title: 'VM runs as the default service account with full access to all Cloud APIs',
    severity: 'high',
    description:
      'Access scopes are the only limit the VM places on its service account token. With the cloud-platform scope, every permission of the default service account (often Editor on the project) can be used by any process on the VM or anyone who reaches its metadata server, for instance through SSRF.',
    remediation:
      'Attach a dedicated least-privilege service account instead; if the default account must stay, stop the VM and set the default or narrowly chosen scopes instead of cloud-platform (gcloud compute instances set-service-account --scopes).',
    links: [
      'https://cloud.google.com/compute/docs/access/service-accounts#accesscopesiam',
      'https://cloud.google.com/compute/docs/access/create-enable-service-accounts-for-instances#changeserviceaccountandscopes',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'cis-gcp-3.0': ['4.2'],
      'nist-800-53-r5': ['AC-6', 'AC-6(1)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1'],
    },
    aliases: ['compute_instance_default_service_account_in_use_with_full_api_access'],
  },
  needs: ['instances'],
  check(context) {
    return standaloneInstances(context.get('instances')).flatMap((instance) => {
      const account = (instance.serviceAccounts ?? []).find(
        (entry) => isDefaultComputeAccount(entry.email) && (entry.scopes ?? []).includes(FULL_ACCESS),
      );
      if (!account) return [];
      return [
        context.flag(
          instanceResource(context.scope, instance),
          `VM ${instance.name} runs as the default service account ${account.email} with the cloud-platform scope (full access to all Cloud APIs).`,
          zoneOf(instance),
        ),
      ];
    });
  },
};

export default rule;
