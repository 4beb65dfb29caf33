import { computeInstances, metadataValue, projectMetadata } from '../../../gcp/compute-instance-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'gcp-compute-serial-port-enabled',
    title: 'Interactive serial console access is enabled',
    severity: 'medium',
    description:
      "The interactive serial console is reached through Google's serial port proxy, not through the VPC: firewall rules and IP allow lists do not apply, so anyone holding a valid SSH key and the instance name can connect from any address.",
    remediation:
      'Remove `serial-port-enable` from the instance and project metadata (or set it to `"FALSE"`), and enforce the `compute.disableSerialPortAccess` organization policy; enable it only temporarily to debug a VM that does not boot.',
    links: [
      'https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/compute_instance#metadata',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'compute',
    compliance: {
      'cis-gcp-3.0': ['4.5'],
      'nist-800-53-r5': ['AC-17', 'CM-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['2.2.4'],
    },
    aliases: ['CKV_GCP_35', 'AVD-GCP-0032', 'google-compute-no-serial-port'],
  },
  check(model) {
    const instances = computeInstances(model).flatMap((instance) => {
      const serial = metadataValue(instance, 'serial-port-enable');
      return serial.value === true
        ? [
            flag(
              instance.resource,
              serial.node,
              `${instance.resource.address} enables the interactive serial console`,
            ),
          ]
        : [];
    });
    const projects = projectMetadata(model, 'serial-port-enable')
      .filter((entry) => entry.value === true)
      .map((entry) =>
        flag(
          entry.resource,
          entry.node,
          `${entry.resource.address} enables the interactive serial console for every VM of the project`,
        ),
      );
    return [...instances, ...projects];
  },
};

export default rule;
