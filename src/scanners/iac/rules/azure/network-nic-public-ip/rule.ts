import { flag, type IacRule } from '../../../model/violation';
import { label } from '../../../azure/azure-resource';
import { nicPublicIps } from '../../../azure/network-view';

const rule: IacRule = {
  meta: {
    id: 'azure-network-nic-public-ip',
    title: 'Network interface has a public IP address',
    severity: 'medium',
    description:
      'A public IP address on a virtual machine network interface makes the machine directly reachable from the Internet, so its network security group becomes the only barrier; a load balancer, application gateway or Bastion keeps machines private.',
    remediation:
      'Remove the public IP from the IP configuration and publish the workload through a load balancer or application gateway; use Azure Bastion for administration.',
    links: [
      'https://learn.microsoft.com/en-us/azure/virtual-network/ip-services/public-ip-addresses',
      'https://learn.microsoft.com/en-us/azure/bastion/bastion-overview',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.1'],
    },
    aliases: ['CKV_AZURE_119', 'AVD-AZU-0076', 'azure-network-network-interface-public-ip'],
  },
  check(model) {
    return nicPublicIps(model).map((attachment) =>
      flag(
        attachment.resource,
        attachment.node,
        `${label(attachment.resource)} gives IP configuration "${attachment.configuration}" a public IP address (${attachment.field} is set)`,
      ),
    );
  },
};

export default rule;
