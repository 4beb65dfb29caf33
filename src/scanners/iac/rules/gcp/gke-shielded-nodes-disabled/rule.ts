import { at, readBool } from '../../../gcp/gcp-settings';
import { gkeClusters } from '../../../gcp/gke-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-gke-shielded-nodes-disabled',
    title: 'GKE cluster does not use Shielded GKE Nodes',
    severity: 'medium',
    description:
      "Shielded GKE Nodes give each node a verifiable identity and boot integrity. Without them an attacker who extracts a node's bootstrap credentials can impersonate a node and join the cluster to receive its pods and secrets.",
    remediation:
      'Remove `enable_shielded_nodes = false` (shielded nodes are the default) and keep `shielded_instance_config` on node pools with Secure Boot and integrity monitoring.',
    links: [
      'https://cloud.google.com/kubernetes-engine/docs/how-to/shielded-gke-nodes',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_shielded_nodes',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'kubernetes',
    compliance: {
      'nist-800-53-r5': ['SI-7', 'IA-2'],
      'soc2-2017': ['CC6.8'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: ['CKV_GCP_71', 'AVD-GCP-0055', 'google-gke-node-shielding-enabled'],
  },
  check(model) {
    return gkeClusters(model)
      .filter((cluster) => cluster.autopilot === false)
      .flatMap((cluster) => {
        const node = at(cluster.resource.body, 'enable_shielded_nodes');
        return readBool(node) === false
          ? [flag(cluster.resource, node, `cluster ${cluster.resource.address} turns Shielded GKE Nodes off`)]
          : [];
      });
  },
};

export default rule;
