import { flag, type IacRule } from '../../../model/violation';
import { isArm, label } from '../../../azure/azure-resource';
import { subnets } from '../../../azure/network-view';

const rule: IacRule = {
  meta: {
    id: 'azure-network-subnet-without-nsg',
    title: 'Subnet has no network security group',
    severity: 'medium',
    description:
      'A subnet without a network security group filters nothing at the subnet boundary: every machine placed in it relies on its own interface rules, and one added later without them is open to whatever can route to it. Gateway, firewall and route server subnets, which cannot carry a group, are skipped.',
    remediation:
      'Associate a network security group with the subnet (in Terraform an `azurerm_subnet_network_security_group_association`, in ARM `properties.networkSecurityGroup`).',
    links: [
      'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-group-how-it-works',
      'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/subnet_network_security_group_association',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'network',
    compliance: {
      'nist-800-53-r5': ['SC-7'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.2.1', '1.4.1'],
    },
    aliases: ['CKV2_AZURE_31'],
  },
  check(model) {
    return subnets(model)
      .filter((subnet) => subnet.hasNsg === false && subnet.name !== undefined)
      .map((subnet) => {
        const own = subnet.node === subnet.resource.body;
        const field = isArm(subnet.resource)
          ? 'networkSecurityGroup'
          : own
            ? 'an NSG association'
            : 'security_group';
        const what = own ? label(subnet.resource) : `subnet "${subnet.name}" of ${label(subnet.resource)}`;
        return flag(
          subnet.resource,
          own ? undefined : subnet.node,
          `${what} has no network security group (${field} is not set)`,
        );
      });
  },
};

export default rule;
