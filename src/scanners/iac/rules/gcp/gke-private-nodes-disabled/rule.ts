import { at, readBool } from '../../../gcp/gcp-settings';
import { gkeClusters } from '../../../gcp/gke-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-gke-private-nodes-disabled',
    title: 'GKE nodes have external IP addresses',
    severity: 'medium',
    description:
      'Without private nodes every GKE node gets an external IP address and its kubelet, NodePorts and any host-network service are one firewall mistake away from the internet. Private nodes have internal addresses only and reach out through Cloud NAT.',
    remediation:
      'Add `private_cluster_config { enable_private_nodes = true }` (with `master_ipv4_cidr_block` where the cluster version needs one) and route egress through Cloud NAT.',
    links: [
      'https://cloud.google.com/kubernetes-engine/docs/concepts/private-cluster-concept',
      'https://cloud.google.com/kubernetes-engine/docs/how-to/hardening-your-cluster#restrict_network_access_to_the_control_plane_and_nodes',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#enable_private_nodes',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'kubernetes',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.1'],
    },
    aliases: ['CKV_GCP_25', 'CKV_GCP_64', 'AVD-GCP-0059', 'google-gke-enable-private-cluster'],
  },
  check(model) {
    return gkeClusters(model).flatMap((cluster) => {
      const config = at(cluster.resource.body, 'private_cluster_config');
      const node = at(config, 'enable_private_nodes');
      const value = readBool(node);
      if (value === true || value === 'unknown' || config?.kind === 'unknown') return [];
      const how = node ? 'turns private nodes off' : 'does not enable private nodes';
      return [
        flag(
          cluster.resource,
          node ?? config,
          `cluster ${cluster.resource.address} ${how}, so its nodes get external IP addresses`,
        ),
      ];
    });
  },
};

export default rule;
