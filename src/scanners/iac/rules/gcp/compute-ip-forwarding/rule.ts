import { computeInstances } from '../../../gcp/compute-instance-view';
import { at, readBool } from '../../../gcp/gcp-settings';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-compute-ip-forwarding',
    title: 'VM can forward packets for other addresses',
    severity: 'medium',
    description:
      'With `can_ip_forward`, GCP stops checking that a VM sends and receives only its own addresses. A compromised VM can then route, spoof or intercept traffic for other hosts; only routers, NAT and firewall appliances need it.',
    remediation:
      'Set `can_ip_forward = false` (the default) unless the VM is a network appliance, and keep appliances in their own, tightly controlled subnet.',
    links: [
      'https://cloud.google.com/vpc/docs/using-routes#canipforward',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#can_ip_forward',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'cis-gcp-3.0': ['4.6'],
      'nist-800-53-r5': ['SC-7', 'CM-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.2.1'],
    },
    aliases: ['CKV_GCP_36', 'AVD-GCP-0043', 'google-compute-no-ip-forwarding'],
  },
  check(model) {
    return computeInstances(model)
      .filter((instance) => !instance.managedByGke)
      .flatMap((instance) => {
        const node = at(instance.resource.body, 'can_ip_forward');
        return readBool(node) === true
          ? [flag(instance.resource, node, `${instance.resource.address} has IP forwarding enabled`)]
          : [];
      });
  },
};

export default rule;
