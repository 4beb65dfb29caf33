import type { GcpAuditRule } from '../gcp-audit-rule';
import {
  instanceResource,
  isDefaultComputeAccount,
  standaloneInstances,
  zoneOf,
} from '../shared/compute-metadata';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-compute-default-service-account',
    title: 'VM runs as the Compute Engine default service account',
    severity: 'medium',
    description:
      'The default service account is shared by every VM that does not name another, and unless the organisation turned it off it holds the Editor role on the project. A compromised VM then acts with broad project-wide rights, and nobody can tell its calls apart from those of the other VMs.',
    remediation:
      'Create a dedicated service account per workload with only the roles it needs, stop the VM and set it (gcloud compute instances set-service-account). Enforce iam.automaticIamGrantsForDefaultServiceAccounts so the default account gets no role. GKE nodes are judged by their node pool.',
    links: [
      'https://cloud.google.com/compute/docs/access/service-accounts#default_service_account',
      'https://cloud.google.com/compute/docs/access/create-enable-service-accounts-for-instances',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'cis-gcp-3.0': ['4.1'],
      'nist-800-53-r5': ['AC-6'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1', '7.2.5'],
    },
    aliases: ['compute_instance_default_service_account_in_use'],
  },
  needs: ['instances'],
  check(context) {
    return standaloneInstances(context.get('instances')).flatMap((instance) => {
      const account = (instance.serviceAccounts ?? []).find((entry) => isDefaultComputeAccount(entry.email));
      if (!account) return [];
      return [
        context.flag(
          instanceResource(context.scope, instance),
          `VM ${instance.name} runs as the default service account ${account.email}.`,
          zoneOf(instance),
        ),
      ];
    });
  },
};

export default rule;
