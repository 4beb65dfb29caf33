import { at, blocks, readBool, readText } from '../../../gcp/gcp-settings';
import { gkeClusters } from '../../../gcp/gke-view';
import { flag, type IacRule } from '../../../model/violation';

const ANYWHERE = new Set(['0.0.0.0/0', '::/0']);

const rule: IacRule = {
  meta: {
    id: 'gcp-gke-control-plane-public',
    title: 'GKE authorized networks admit the whole internet',
    severity: 'high',
    description:
      'An authorized network of `0.0.0.0/0`, or access for all Google Cloud public IP addresses, makes the allow list meaningless: the Kubernetes API server stays reachable from anywhere (or from any VM of any Google Cloud customer).',
    remediation:
      'List only the ranges that administer the cluster in `cidr_blocks`, and leave `gcp_public_cidrs_access_enabled` unset or false.',
    links: [
      'https://cloud.google.com/kubernetes-engine/docs/how-to/authorized-networks',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#gcp_public_cidrs_access_enabled',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'kubernetes',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'AC-17'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
    },
    aliases: ['CKV_GCP_18', 'AVD-GCP-0053', 'google-gke-no-public-control-plane'],
  },
  check(model) {
    return gkeClusters(model).flatMap((cluster) => {
      const config = at(cluster.resource.body, 'master_authorized_networks_config');
      const open = blocks(at(config, 'cidr_blocks'))
        .map((block) => at(block, 'cidr_block'))
        .filter((node) => ANYWHERE.has(readText(node)?.trim() ?? ''))
        .map((node) =>
          flag(
            cluster.resource,
            node,
            `cluster ${cluster.resource.address} authorizes ${readText(node)} to reach its control plane`,
          ),
        );
      const publicCidrs = at(config, 'gcp_public_cidrs_access_enabled');
      if (readBool(publicCidrs) === true) {
        open.push(
          flag(
            cluster.resource,
            publicCidrs,
            `cluster ${cluster.resource.address} authorizes every Google Cloud public IP address to reach its control plane`,
          ),
        );
      }
      return open;
    });
  },
};

export default rule;
