import type { IacModel } from '../model/iac-model';
import type { ModelNode } from '../model/node';
import type { Resource } from '../model/resource';
import { at, azureResources, isArm, isSet, itemsOf, readText } from './azure-resource';
import { deployedName, referencedBy, referencing, unresolvedLink } from './resource-links';

/** Subnets that cannot, or need not, carry a network security group. */
const EXEMPT_SUBNETS = new Set([
  'gatewaysubnet',
  'azurefirewallsubnet',
  'azurefirewallmanagementsubnet',
  'routeserversubnet',
]);

export interface SubnetView {
  /** The resource holding the subnet's lines (the subnet, or the virtual network it is written in). */
  resource: Resource;
  /** The subnet's own map, for findings. */
  node: ModelNode;
  name: string | undefined;
  /** Whether a network security group is attached; 'unknown' when that depends on a deployment-time value. */
  hasNsg: boolean | 'unknown';
}

const ASSOCIATION = 'azurerm_subnet_network_security_group_association';

/** Every subnet of the scan that is not exempt by name: Terraform subnets and inline blocks, ARM subnets and child resources. */
export function subnets(model: IacModel): SubnetView[] {
  const found: SubnetView[] = [];
  for (const resource of azureResources(model, {
    terraform: ['azurerm_subnet'],
    arm: ['Microsoft.Network/virtualNetworks/subnets'],
  })) {
    const name = isArm(resource)
      ? resource.meta.name?.slice(resource.meta.name.lastIndexOf('/') + 1)
      : deployedName(resource);
    const hasNsg = isArm(resource)
      ? isSet(at(resource.body, 'properties.networkSecurityGroup'))
      : terraformAssociation(model, resource);
    found.push({ resource, node: resource.body, name, hasNsg });
  }
  for (const network of azureResources(model, {
    terraform: ['azurerm_virtual_network'],
    arm: ['Microsoft.Network/virtualNetworks'],
  })) {
    const blocks = isArm(network) ? at(network.body, 'properties.subnets') : at(network.body, 'subnet');
    for (const block of itemsOf(blocks)) {
      const name = readText(at(block, 'name'));
      const nsg = isArm(network) ? at(block, 'properties.networkSecurityGroup') : at(block, 'security_group');
      found.push({
        resource: network,
        node: block,
        name: name === 'unknown' ? undefined : name,
        hasNsg: isSet(nsg),
      });
    }
  }
  return found.filter(
    (subnet) => subnet.name === undefined || !EXEMPT_SUBNETS.has(subnet.name.toLowerCase()),
  );
}

function terraformAssociation(model: IacModel, subnet: Resource): boolean | 'unknown' {
  if (referencing(model, subnet, [ASSOCIATION], 'subnet_id').length > 0) return true;
  return unresolvedLink(model, subnet, [ASSOCIATION], 'subnet_id', ['azurerm_subnet']) ? 'unknown' : false;
}

export interface PublicIpAttachment {
  resource: Resource;
  /** The IP configuration's public address field. */
  node: ModelNode;
  configuration: string;
  field: string;
}

/** IP configurations of network interfaces that carry a public IP address. */
export function nicPublicIps(model: IacModel): PublicIpAttachment[] {
  const found: PublicIpAttachment[] = [];
  for (const nic of azureResources(model, {
    terraform: ['azurerm_network_interface'],
    arm: ['Microsoft.Network/networkInterfaces'],
  })) {
    const arm = isArm(nic);
    const referencesPublicIp =
      !arm && referencedBy(model, nic, 'ip_configuration', ['azurerm_public_ip']).length > 0;
    for (const configuration of itemsOf(
      at(nic.body, arm ? 'properties.ipConfigurations' : 'ip_configuration'),
    )) {
      const field = arm ? 'properties.publicIPAddress' : 'public_ip_address_id';
      const node = at(configuration, field);
      const set = isSet(node);
      if (!node || set === false || (set === 'unknown' && (arm || !referencesPublicIp))) continue;
      const name = readText(at(configuration, 'name'));
      found.push({
        resource: nic,
        node,
        configuration: name && name !== 'unknown' ? name : '?',
        field: field.replace(/^properties\./, ''),
      });
    }
  }
  return found;
}
