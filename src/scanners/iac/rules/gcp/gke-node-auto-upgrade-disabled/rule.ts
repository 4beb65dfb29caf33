import { at, readBool } from '../../../gcp/gcp-settings';
import { describePool, gkeNodePools } from '../../../gcp/gke-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-gke-node-auto-upgrade-disabled',
    title: 'GKE node pool does not upgrade automatically',
    severity: 'medium',
    description:
      'With auto-upgrade off, nodes keep their Kubernetes and node image versions until someone upgrades them by hand: kubelet, container runtime and kernel fixes wait, and the pool drifts out of the supported version skew with the control plane.',
    remediation:
      'Set `management { auto_upgrade = true }` on the node pool (the default), enrol the cluster in a release channel, and use maintenance windows and surge settings to control when upgrades happen.',
    links: [
      'https://cloud.google.com/kubernetes-engine/docs/how-to/node-auto-upgrades',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_node_pool#auto_upgrade',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'kubernetes',
    compliance: {
      'nist-800-53-r5': ['SI-2'],
      'soc2-2017': ['CC7.1'],
      'pci-dss-4.0': ['6.3.3'],
    },
    aliases: ['CKV_GCP_10', 'AVD-GCP-0058', 'google-gke-enable-auto-upgrade'],
  },
  check(model) {
    return gkeNodePools(model)
      .filter((pool) => pool.kind !== 'default')
      .flatMap((pool) => {
        const node = at(pool.node, 'management.auto_upgrade');
        return readBool(node) === false
          ? [flag(pool.resource, node, `${describePool(pool)} turns node auto-upgrade off`)]
          : [];
      });
  },
};

export default rule;
