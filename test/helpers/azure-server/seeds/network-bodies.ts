import { rid } from './arm-bodies';

/** Network resources as ARM lists them: security groups with their rules, networks, NICs, public IPs. */

export interface RuleSpec {
  name: string;
  priority: number;
  access: 'Allow' | 'Deny';
  source: string | string[];
  ports: string | string[];
  protocol?: string;
  direction?: 'Inbound' | 'Outbound';
}

export function securityRule(nsgId: string, spec: RuleSpec): unknown {
  const sources = Array.isArray(spec.source) ? spec.source : [spec.source];
  const ports = Array.isArray(spec.ports) ? spec.ports : [spec.ports];
  return {
    id: `${nsgId}/securityRules/${spec.name}`,
    name: spec.name,
    type: 'Microsoft.Network/networkSecurityGroups/securityRules',
    properties: {
      provisioningState: 'Succeeded',
      protocol: spec.protocol ?? 'Tcp',
      sourcePortRange: '*',
      destinationAddressPrefix: '*',
      access: spec.access,
      priority: spec.priority,
      direction: spec.direction ?? 'Inbound',
      ...(sources.length === 1 ? { sourceAddressPrefix: sources[0] } : { sourceAddressPrefixes: sources }),
      ...(ports.length === 1 ? { destinationPortRange: ports[0] } : { destinationPortRanges: ports }),
    },
  };
}

/** Azure's built-in rules, returned with every group; the checks must not count them. */
function defaultRules(nsgId: string): unknown[] {
  return [
    securityRule(nsgId, {
      name: 'AllowVnetInBound',
      priority: 65000,
      access: 'Allow',
      source: 'VirtualNetwork',
      ports: '*',
      protocol: '*',
    }),
    securityRule(nsgId, {
      name: 'AllowAzureLoadBalancerInBound',
      priority: 65001,
      access: 'Allow',
      source: 'AzureLoadBalancer',
      ports: '*',
      protocol: '*',
    }),
    securityRule(nsgId, {
      name: 'DenyAllInBound',
      priority: 65500,
      access: 'Deny',
      source: '*',
      ports: '*',
      protocol: '*',
    }),
    securityRule(nsgId, {
      name: 'AllowInternetOutBound',
      priority: 65001,
      access: 'Allow',
      source: '*',
      ports: '*',
      protocol: '*',
      direction: 'Outbound',
    }),
  ].map((rule) => ({
    ...(rule as object),
    id: (rule as { id: string }).id.replace('/securityRules/', '/defaultSecurityRules/'),
  }));
}

export function nsg(
  sub: string,
  rg: string,
  name: string,
  location: string,
  rules: RuleSpec[],
  links: { subnets?: string[]; nics?: string[] } = {},
): unknown {
  const id = rid(sub, rg, 'Microsoft.Network/networkSecurityGroups', name);
  return {
    id,
    name,
    type: 'Microsoft.Network/networkSecurityGroups',
    location,
    properties: {
      provisioningState: 'Succeeded',
      securityRules: rules.map((rule) => securityRule(id, rule)),
      defaultSecurityRules: defaultRules(id),
      subnets: (links.subnets ?? []).map((subnet) => ({ id: subnet })),
      networkInterfaces: (links.nics ?? []).map((nic) => ({ id: nic })),
    },
  };
}

export function virtualNetwork(
  sub: string,
  rg: string,
  name: string,
  location: string,
  subnets: string[],
): unknown {
  const id = rid(sub, rg, 'Microsoft.Network/virtualNetworks', name);
  return {
    id,
    name,
    type: 'Microsoft.Network/virtualNetworks',
    location,
    properties: {
      provisioningState: 'Succeeded',
      addressSpace: { addressPrefixes: ['10.20.0.0/16'] },
      subnets: subnets.map((subnet, index) => ({
        id: `${id}/subnets/${subnet}`,
        name: subnet,
        properties: { addressPrefix: `10.20.${index}.0/24` },
      })),
    },
  };
}

export function nic(
  sub: string,
  rg: string,
  name: string,
  location: string,
  links: { subnet: string; publicIp?: string; vm?: string; nsg?: string },
): unknown {
  const id = rid(sub, rg, 'Microsoft.Network/networkInterfaces', name);
  return {
    id,
    name,
    type: 'Microsoft.Network/networkInterfaces',
    location,
    properties: {
      provisioningState: 'Succeeded',
      ipConfigurations: [
        {
          id: `${id}/ipConfigurations/ipconfig1`,
          name: 'ipconfig1',
          properties: {
            privateIPAddress: '10.20.0.4',
            privateIPAllocationMethod: 'Dynamic',
            primary: true,
            subnet: { id: links.subnet },
            ...(links.publicIp ? { publicIPAddress: { id: links.publicIp } } : {}),
          },
        },
      ],
      ...(links.vm ? { virtualMachine: { id: links.vm } } : {}),
      ...(links.nsg ? { networkSecurityGroup: { id: links.nsg } } : {}),
    },
  };
}

export function publicIp(sub: string, rg: string, name: string, location: string, address: string): unknown {
  return {
    id: rid(sub, rg, 'Microsoft.Network/publicIPAddresses', name),
    name,
    type: 'Microsoft.Network/publicIPAddresses',
    location,
    sku: { name: 'Standard', tier: 'Regional' },
    properties: { ipAddress: address, publicIPAllocationMethod: 'Static', publicIPAddressVersion: 'IPv4' },
  };
}

export function networkWatcher(sub: string, location: string): unknown {
  return {
    id: rid(sub, 'NetworkWatcherRG', 'Microsoft.Network/networkWatchers', `NetworkWatcher_${location}`),
    name: `NetworkWatcher_${location}`,
    type: 'Microsoft.Network/networkWatchers',
    location,
    properties: { provisioningState: 'Succeeded' },
  };
}
