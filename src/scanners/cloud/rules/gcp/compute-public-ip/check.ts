import type { GcpAuditRule } from '../gcp-audit-rule';
import { instanceResource, standaloneInstances, zoneOf } from '../shared/compute-metadata';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-compute-public-ip',
    title: 'VM has an external IP address',
    severity: 'high',
    description:
      'An external address makes the VM reachable from the Internet wherever a firewall rule allows it, so a single permissive rule exposes it, and it lets the VM send data out without passing a controlled egress point.',
    remediation:
      'Remove the access config from the network interface (gcloud compute instances delete-access-config), reach the VM through Identity-Aware Proxy or a load balancer, and give it outbound access through Cloud NAT. The constraint compute.vmExternalIpAccess restricts which VMs may have one. GKE nodes are judged by their cluster.',
    links: [
      'https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address#IP_assign',
      'https://cloud.google.com/nat/docs/overview',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'cis-gcp-3.0': ['4.9'],
      'nist-800-53-r5': ['SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.2'],
      'hipaa-security-rule': ['164.312(a)(1)'],
    },
    aliases: ['compute_instance_public_ip'],
  },
  needs: ['instances'],
  check(context) {
    return standaloneInstances(context.get('instances')).flatMap((instance) => {
      const addresses = (instance.networkInterfaces ?? []).flatMap((nic) => [
        ...(nic.accessConfigs ?? []).map((config) => config.natIP ?? 'an ephemeral IPv4 address'),
        ...(nic.ipv6AccessConfigs ?? []).map((config) => config.externalIpv6 ?? 'an external IPv6 address'),
      ]);
      if (addresses.length === 0) return [];
      return [
        context.flag(
          instanceResource(context.scope, instance),
          `VM ${instance.name} has the external address ${addresses.join(', ')}.`,
          zoneOf(instance),
        ),
      ];
    });
  },
};

export default rule;
