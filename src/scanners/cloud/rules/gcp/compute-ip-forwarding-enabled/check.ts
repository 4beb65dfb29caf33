import type { GcpAuditRule } from '../gcp-audit-rule';
import { instanceResource, standaloneInstances, zoneOf } from '../shared/compute-metadata';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-compute-ip-forwarding-enabled',
    title: 'VM can forward packets for other addresses',
    severity: 'medium',
    description:
      "With IP forwarding on, the VM may send and receive packets whose addresses are not its own, so Google's anti-spoofing no longer applies to it. A compromised VM can then route, spoof or intercept traffic of other hosts. Only NAT, VPN and firewall appliances need it.",
    remediation:
      'Recreate the VM with canIpForward false (the setting cannot be changed on a running VM) unless it is a network appliance; enforce the constraint compute.vmCanIpForward. GKE nodes need it and are not reported.',
    links: [
      'https://cloud.google.com/vpc/docs/using-routes#canipforward',
      'https://cloud.google.com/resource-manager/docs/organization-policy/org-policy-constraints',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'cis-gcp-3.0': ['4.6'],
      'nist-800-53-r5': ['SC-7', 'CM-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.2'],
    },
    aliases: ['compute_instance_ip_forwarding_is_enabled'],
  },
  needs: ['instances'],
  check(context) {
    return standaloneInstances(context.get('instances'))
      .filter((instance) => instance.canIpForward === true)
      .map((instance) =>
        context.flag(
          instanceResource(context.scope, instance),
          `VM ${instance.name} has IP forwarding on (canIpForward true).`,
          zoneOf(instance),
        ),
      );
  },
};

export default rule;
