import type { GcpAuditRule } from '../gcp-audit-rule';
import {
  instanceResource,
  metadataTrue,
  metadataValue,
  standaloneInstances,
  zoneOf,
} from '../shared/compute-metadata';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-compute-project-ssh-keys-allowed',
    title: 'VM accepts project-wide SSH keys',
    severity: 'medium',
    description:
      'SSH keys in the project metadata open every VM of the project that does not block them. One key leaked from one laptop then reaches all of them, including VMs that hold sensitive data or were meant for a smaller team.',
    remediation:
      'Set the instance metadata block-project-ssh-keys=TRUE (gcloud compute instances add-metadata NAME --metadata block-project-ssh-keys=TRUE) and give access per VM, preferably through OS Login. GKE nodes are judged by their node pool.',
    links: [
      'https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys',
      'https://cloud.google.com/compute/docs/connect/add-ssh-keys',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'cis-gcp-3.0': ['4.3'],
      'nist-800-53-r5': ['AC-3', 'AC-17'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.2.2'],
    },
    aliases: ['compute_instance_block_project_wide_ssh_keys_disabled'],
  },
  needs: ['instances'],
  check(context) {
    return standaloneInstances(context.get('instances')).flatMap((instance) => {
      const value = metadataValue(instance.metadata, 'block-project-ssh-keys');
      if (metadataTrue(value)) return [];
      return [
        context.flag(
          instanceResource(context.scope, instance),
          `VM ${instance.name} ${value === undefined ? 'does not set block-project-ssh-keys' : `sets block-project-ssh-keys=${value}`}, so project-wide SSH keys open it.`,
          zoneOf(instance),
        ),
      ];
    });
  },
};

export default rule;
