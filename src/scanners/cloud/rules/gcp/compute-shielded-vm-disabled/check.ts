import type { GcpAuditRule } from '../gcp-audit-rule';
import { instanceResource, standaloneInstances, zoneOf } from '../shared/compute-metadata';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-compute-shielded-vm-disabled',
    title: 'VM runs without every Shielded VM protection',
    severity: 'medium',
    description:
      'Secure Boot refuses unsigned boot components, the virtual TPM measures the boot, and integrity monitoring compares it with a known-good baseline. With any of them off, a rootkit or bootkit planted below the operating system can persist unseen.',
    remediation:
      'Stop the VM and turn on Secure Boot, vTPM and integrity monitoring (gcloud compute instances update NAME --shielded-secure-boot --shielded-vtpm --shielded-integrity-monitoring), using an image that supports Shielded VM; enforce compute.requireShieldedVm for new VMs.',
    links: [
      'https://cloud.google.com/compute/shielded-vm/docs/shielded-vm',
      'https://cloud.google.com/compute/shielded-vm/docs/modifying-shielded-vm',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'workload',
    compliance: {
      'cis-gcp-3.0': ['4.8'],
      'nist-800-53-r5': ['SI-7'],
      'soc2-2017': ['CC6.8'],
      'pci-dss-4.0': ['2.2.1'],
    },
    aliases: ['compute_instance_shielded_vm_enabled'],
  },
  needs: ['instances'],
  check(context) {
    return standaloneInstances(context.get('instances')).flatMap((instance) => {
      const config = instance.shieldedInstanceConfig;
      const off = [
        config?.enableSecureBoot === true ? undefined : 'Secure Boot',
        config?.enableVtpm === true ? undefined : 'vTPM',
        config?.enableIntegrityMonitoring === true ? undefined : 'integrity monitoring',
      ].filter((name): name is string => name !== undefined);
      if (off.length === 0) return [];
      return [
        context.flag(
          instanceResource(context.scope, instance),
          `VM ${instance.name} runs with ${off.join(', ')} off.`,
          zoneOf(instance),
        ),
      ];
    });
  },
};

export default rule;
