import { computeInstances, externalAddressBlocks } from '../../../gcp/compute-instance-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-compute-instance-public-ip',
    title: 'VM has an external IP address',
    severity: 'medium',
    description:
      'An `access_config` block gives the network interface an external IPv4 address, so the VM is reachable from the internet whenever a firewall rule allows it and scanners find it within minutes. Most VMs need only outbound access, which Cloud NAT provides without exposing them.',
    remediation:
      'Remove the `access_config` block; use Cloud NAT for outbound traffic, a load balancer for published services and Identity-Aware Proxy for administration. The `compute.vmExternalIpAccess` organization policy can enforce it.',
    links: [
      'https://cloud.google.com/compute/docs/ip-addresses#externaladdresses',
      'https://cloud.google.com/nat/docs/overview',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#access_config',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'cis-gcp-3.0': ['4.9'],
      'nist-800-53-r5': ['SC-7', 'AC-4'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.1'],
      'hipaa-security-rule': ['164.312(e)(1)'],
    },
    aliases: ['CKV_GCP_40', 'AVD-GCP-0031', 'google-compute-no-public-ip'],
  },
  check(model) {
    return computeInstances(model)
      .filter((instance) => !instance.managedByGke)
      .flatMap((instance) =>
        externalAddressBlocks(instance)
          .filter((block) => block.kind !== 'unknown')
          .map((block) =>
            flag(
              instance.resource,
              block,
              `${instance.resource.address} has a network interface with an external IP address`,
            ),
          ),
      );
  },
};

export default rule;
