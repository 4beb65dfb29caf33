import type { GcpAuditRule } from '../gcp-audit-rule';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-network-default-network-exists',
    title: 'Project still has the default VPC network',
    severity: 'medium',
    description:
      'The default network is created in auto mode with a subnet in every region and pre-made firewall rules that allow SSH, RDP and ICMP from anywhere and all traffic between its subnets. Nobody designed it, so workloads placed in it get a flat, widely open network.',
    remediation:
      'Move workloads to a custom-mode VPC with planned subnets and explicit firewall rules, then delete the default network and its firewall rules. Set the organisation policy constraint compute.skipDefaultNetworkCreation so new projects start without it.',
    links: [
      'https://cloud.google.com/vpc/docs/vpc#default-network',
      'https://cloud.google.com/vpc/docs/create-modify-vpc-networks#deleting_a_network',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'cis-gcp-3.0': ['3.1'],
      'nist-800-53-r5': ['CM-7', 'SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.2.1'],
    },
    aliases: ['compute_network_default_in_use'],
  },
  needs: ['networks'],
  check(context) {
    return (context.get('networks') ?? [])
      .filter((network) => network.name === 'default')
      .map((network) =>
        context.flag(
          network.selfLink ??
            `https://www.googleapis.com/compute/v1/projects/${context.scope}/global/networks/default`,
          `Project ${context.scope} has the default network (${network.autoCreateSubnetworks ? 'auto mode, a subnet in every region' : 'custom mode'}).`,
        ),
      );
  },
};

export default rule;
