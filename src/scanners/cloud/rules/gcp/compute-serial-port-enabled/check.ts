import type { GcpAuditRule } from '../gcp-audit-rule';
import {
  instanceResource,
  metadataFalse,
  metadataTrue,
  metadataValue,
  standaloneInstances,
  zoneOf,
} from '../shared/compute-metadata';

const KEY = 'serial-port-enable';

const rule: GcpAuditRule = {
  meta: {
    id: 'gcp-audit-compute-serial-port-enabled',
    title: 'VM accepts interactive serial console connections',
    severity: 'medium',
    description:
      "The interactive serial console is reached through Google's serial port proxy from any IP address, is not filtered by VPC firewall rules, and works even when the VM's network is down; anyone with the right IAM permission and a valid key can get a console on the VM.",
    remediation:
      'Remove serial-port-enable=TRUE from the instance metadata (or set it to FALSE) and from the project common instance metadata; enforce the constraint compute.disableSerialPortAccess, and turn access on only while troubleshooting.',
    links: [
      'https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console',
      'https://cloud.google.com/compute/docs/instances/interacting-with-serial-console',
    ],
    scanner: 'audit',
    platform: 'gcp',
    category: 'network',
    compliance: {
      'cis-gcp-3.0': ['4.5'],
      'nist-800-53-r5': ['AC-17', 'CM-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['2.2.4'],
    },
    aliases: ['compute_instance_serial_ports_in_use'],
  },
  needs: ['computeProject', 'instances'],
  check(context) {
    const project = context.get('computeProject');
    const instances = context.get('instances');
    if (!project) return [];
    const projectDefault = metadataTrue(metadataValue(project.commonInstanceMetadata, KEY));
    return standaloneInstances(instances).flatMap((instance) => {
      const own = metadataValue(instance.metadata, KEY);
      const enabled = metadataTrue(own) || (projectDefault && !metadataFalse(own));
      if (!enabled) return [];
      return [
        context.flag(
          instanceResource(context.scope, instance),
          `VM ${instance.name} has the interactive serial console enabled (${own !== undefined ? `instance metadata ${KEY}=${own}` : `inherited from project ${context.scope}`}).`,
          zoneOf(instance),
        ),
      ];
    });
  },
};

export default rule;
