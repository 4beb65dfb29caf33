import { at, readBool } from '../../../gcp/gcp-settings';
import { subnetworks } from '../../../gcp/network-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-compute-subnet-private-google-access',
    title: 'Subnet does not enable Private Google Access',
    severity: 'low',
    description:
      'Without Private Google Access, VMs that have only internal addresses cannot reach Google APIs (Cloud Storage, Artifact Registry, Secret Manager). Teams then give them external IP addresses or broad NAT egress, which exposes them more than needed.',
    remediation:
      "Set `private_ip_google_access = true` on the subnet so VMs without external addresses reach Google APIs over Google's network.",
    links: [
      'https://cloud.google.com/vpc/docs/private-google-access',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_subnetwork#private_ip_google_access',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.4.1'],
    },
    aliases: ['CKV_GCP_74', 'AVD-GCP-0075', 'google-compute-enable-subnetwork-private-google-access'],
  },
  check(model) {
    return subnetworks(model).flatMap((subnet) => {
      if (subnet.holdsWorkloads !== true) return [];
      const node = at(subnet.resource.body, 'private_ip_google_access');
      const value = readBool(node);
      if (value === true || value === 'unknown') return [];
      return [
        flag(
          subnet.resource,
          node,
          `subnet ${subnet.resource.address} does not enable Private Google Access`,
        ),
      ];
    });
  },
};

export default rule;
