import { computeInstances, metadataValue } from '../../../gcp/compute-instance-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-compute-project-ssh-keys-allowed',
    title: 'VM accepts project-wide SSH keys',
    severity: 'medium',
    description:
      'SSH keys in project metadata open every VM of the project that does not block them. One leaked project-wide key, or one added for a quick fix and forgotten, gives access to all of them.',
    remediation:
      'Set `block-project-ssh-keys = "TRUE"` in the instance metadata, or turn on OS Login (`enable-oslogin = "TRUE"`), which ignores metadata SSH keys altogether.',
    links: [
      'https://cloud.google.com/compute/docs/connect/restrict-ssh-keys#block-keys',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'compute',
    compliance: {
      'cis-gcp-3.0': ['4.3'],
      'nist-800-53-r5': ['AC-2', 'IA-5'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.2.2'],
    },
    aliases: ['CKV_GCP_32', 'AVD-GCP-0030', 'google-compute-no-project-wide-ssh-keys'],
  },
  check(model) {
    return computeInstances(model)
      .filter((instance) => !instance.managedByGke)
      .flatMap((instance) => {
        const blocked = metadataValue(instance, 'block-project-ssh-keys');
        const osLogin = metadataValue(instance, 'enable-oslogin');
        if (
          blocked.value === true ||
          blocked.value === 'unknown' ||
          osLogin.value === true ||
          osLogin.value === 'unknown'
        )
          return [];
        const how = blocked.node
          ? 'sets block-project-ssh-keys to false'
          : 'does not set block-project-ssh-keys';
        return [
          flag(
            instance.resource,
            blocked.node,
            `${instance.resource.address} ${how}, so project-wide SSH keys open it`,
          ),
        ];
      });
  },
};

export default rule;
