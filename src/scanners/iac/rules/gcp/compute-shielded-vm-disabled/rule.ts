import type { Violation } from '../../../../../core/engine';
import { computeInstances, type ComputeInstance } from '../../../gcp/compute-instance-view';
import { at, readBool } from '../../../gcp/gcp-settings';
import { flag, type IacRule } from '../../../model/violation';

/** Setting, and its provider default: secure boot is off unless asked for; vTPM and integrity monitoring are on. */
const SETTINGS: [string, boolean, string][] = [
  ['enable_secure_boot', false, 'Secure Boot'],
  ['enable_vtpm', true, 'the virtual TPM'],
  ['enable_integrity_monitoring', true, 'integrity monitoring'],
];

const rule: IacRule = {
  meta: {
    id: 'gcp-compute-shielded-vm-disabled',
    title: 'VM does not use all Shielded VM protections',
    severity: 'medium',
    description:
      'Shielded VM verifies the boot chain (Secure Boot), measures it into a virtual TPM and compares each boot with a known-good baseline (integrity monitoring). Without them a rootkit or bootkit that survives reboots and hides from the OS goes unnoticed.',
    remediation:
      'Use a Shielded VM image and add `shielded_instance_config { enable_secure_boot = true, enable_vtpm = true, enable_integrity_monitoring = true }`; enforce the `compute.requireShieldedVm` organization policy.',
    links: [
      'https://cloud.google.com/compute/shielded-vm/docs/shielded-vm',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#shielded_instance_config',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'compute',
    compliance: {
      'cis-gcp-3.0': ['4.8'],
      'nist-800-53-r5': ['SI-7', 'CM-6'],
      'soc2-2017': ['CC6.8'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: [
      'CKV_GCP_39',
      'AVD-GCP-0067',
      'google-compute-enable-shielded-vm-sb',
      'AVD-GCP-0041',
      'google-compute-enable-shielded-vm-vtpm',
      'AVD-GCP-0045',
      'google-compute-enable-shielded-vm-im',
    ],
  },
  check: (model) => computeInstances(model).flatMap(unshielded),
};

function unshielded(instance: ComputeInstance): Violation[] {
  const config = at(instance.resource.body, 'shielded_instance_config');
  if (config?.kind === 'unknown') return [];
  const found: Violation[] = [];
  for (const [name, fallback, label] of SETTINGS) {
    const node = at(config, name);
    const value = readBool(node) ?? fallback;
    if (value !== false) continue;
    const how = node ? `turns ${label} off` : `does not enable ${label}`;
    found.push(flag(instance.resource, node ?? config, `${instance.resource.address} ${how}`));
  }
  return found;
}

export default rule;
