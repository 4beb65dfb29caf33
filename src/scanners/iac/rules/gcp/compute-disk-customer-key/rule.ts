import { computeInstances, createdDisks, diskEncrypted } from '../../../gcp/compute-instance-view';
import { at } from '../../../gcp/gcp-settings';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-compute-disk-customer-key',
    title: 'Persistent disk is encrypted with Google-managed keys only',
    severity: 'low',
    description:
      'Persistent disks are always encrypted, but with Google-managed keys the organization cannot revoke access to the data by disabling the key, rotate it on its own schedule, or keep key administration separate from disk access. Customer-managed (Cloud KMS) or customer-supplied keys give that control.',
    remediation:
      'Set `kms_key_self_link` on `boot_disk` (or `disk_encryption_key { kms_key_self_link = ... }` on templates and `google_compute_disk`) to a Cloud KMS key, and grant the Compute Engine service agent `roles/cloudkms.cryptoKeyEncrypterDecrypter` on it.',
    links: [
      'https://cloud.google.com/compute/docs/disks/customer-managed-encryption',
      'https://cloud.google.com/compute/docs/disks/customer-supplied-encryption',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_disk#disk_encryption_key',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'encryption',
    compliance: {
      'cis-gcp-3.0': ['4.7'],
      'nist-800-53-r5': ['SC-12', 'SC-28(1)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['3.5.1'],
      'hipaa-security-rule': ['164.312(a)(2)(iv)'],
    },
    aliases: [
      'CKV_GCP_37',
      'CKV_GCP_38',
      'AVD-GCP-0034',
      'google-compute-disk-encryption-customer-key',
      'AVD-GCP-0033',
      'google-compute-vm-disk-encryption-customer-key',
    ],
  },
  check(model) {
    const instanceDisks = computeInstances(model).flatMap((instance) =>
      createdDisks(instance)
        .filter((disk) => disk.encrypted === false)
        .map((disk) =>
          flag(
            instance.resource,
            disk.node,
            `a disk of ${instance.resource.address} is encrypted with Google-managed keys only`,
          ),
        ),
    );
    const disks = model
      .ofTypes(['google_compute_disk', 'google_compute_region_disk'])
      .filter((disk) => diskEncrypted(disk) === false)
      .map((disk) =>
        flag(
          disk,
          at(disk.body, 'disk_encryption_key'),
          `disk ${disk.address} is encrypted with Google-managed keys only`,
        ),
      );
    return [...instanceDisks, ...disks];
  },
};

export default rule;
