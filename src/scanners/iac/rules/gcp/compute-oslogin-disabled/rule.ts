import { computeInstances, metadataValue, projectMetadata } from '../../../gcp/compute-instance-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-compute-oslogin-disabled',
    title: 'OS Login is turned off',
    severity: 'medium',
    description:
      'OS Login ties SSH access to IAM: access follows group membership, is revoked with the account, can require 2-step verification and is audited. With it off, access relies on SSH keys in metadata, which nobody rotates and which survive the departure of their owners.',
    remediation:
      'Set `enable-oslogin = "TRUE"` in the project metadata (`google_compute_project_metadata_item`) and remove instance-level `enable-oslogin = "FALSE"` overrides; grant `roles/compute.osLogin` to those who need SSH.',
    links: [
      'https://cloud.google.com/compute/docs/oslogin',
      'https://cloud.google.com/compute/docs/oslogin/set-up-oslogin',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_project_metadata_item',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'compute',
    compliance: {
      'cis-gcp-3.0': ['4.4'],
      'nist-800-53-r5': ['AC-2', 'IA-2', 'IA-5'],
      'soc2-2017': ['CC6.1', 'CC6.2'],
      'pci-dss-4.0': ['8.2.1'],
      'hipaa-security-rule': ['164.312(a)(2)(i)', '164.312(d)'],
    },
    aliases: [
      'CKV_GCP_34',
      'CKV_GCP_33',
      'AVD-GCP-0036',
      'google-compute-no-oslogin-override',
      'AVD-GCP-0042',
      'google-compute-project-level-oslogin',
    ],
  },
  check(model) {
    const instances = computeInstances(model)
      .filter((instance) => !instance.managedByGke)
      .flatMap((instance) => {
        const osLogin = metadataValue(instance, 'enable-oslogin');
        return osLogin.value === false
          ? [
              flag(
                instance.resource,
                osLogin.node,
                `${instance.resource.address} turns OS Login off for itself`,
              ),
            ]
          : [];
      });
    const projects = projectMetadata(model, 'enable-oslogin')
      .filter(
        (entry) =>
          entry.value === false ||
          (entry.value === undefined && entry.resource.type === 'google_compute_project_metadata'),
      )
      .map((entry) =>
        flag(
          entry.resource,
          entry.node,
          `${entry.resource.address} ${entry.node ? 'turns OS Login off' : 'sets project metadata without enable-oslogin'} for the project`,
        ),
      );
    return [...instances, ...projects];
  },
};

export default rule;
