import { autoModeNetwork } from '../../../gcp/network-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-compute-network-auto-mode',
    title: 'VPC network creates subnets automatically (auto mode)',
    severity: 'medium',
    description:
      'An auto mode network, like the `default` network, gets a subnet in every region with fixed, overlapping ranges. Workloads can appear in regions nobody planned for, the ranges collide when networks are peered or connected on-premises, and segmentation is left to chance.',
    remediation:
      'Set `auto_create_subnetworks = false` and declare the subnets (`google_compute_subnetwork`) with the regions, ranges, flow logs and Private Google Access each needs.',
    links: [
      'https://cloud.google.com/vpc/docs/vpc#subnet-ranges',
      'https://cloud.google.com/vpc/docs/create-modify-vpc-networks#create-custom-network',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_network#auto_create_subnetworks',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7', 'CM-6'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.2.1'],
    },
    aliases: [],
  },
  check(model) {
    return model.ofType('google_compute_network').flatMap((network) => {
      const auto = autoModeNetwork(network);
      if (auto.value !== true) return [];
      const how = auto.node
        ? 'sets auto_create_subnetworks = true'
        : 'leaves auto_create_subnetworks at its default (true)';
      return [
        flag(network, auto.node, `network ${network.address} ${how}, creating a subnet in every region`),
      ];
    });
  },
};

export default rule;
