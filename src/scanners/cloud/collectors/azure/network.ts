import {
  NetworkManagementClient,
  type NetworkInterface,
  type NetworkSecurityGroup,
  type NetworkWatcher,
  type PublicIPAddress,
  type VirtualNetwork,
} from '@azure/arm-network';
import type { AzureSession } from './azure-session';
import { listProvider } from './paging';

function network(session: AzureSession): NetworkManagementClient {
  return session.clients.get(NetworkManagementClient);
}

function list<T>(session: AzureSession, what: string, items: () => AsyncIterable<T>): Promise<T[]> {
  return listProvider(
    items,
    session.maxItems,
    `${what} of subscription ${session.subscriptionId}`,
    session.warn,
  );
}

export function collectNetworkSecurityGroups(session: AzureSession): Promise<NetworkSecurityGroup[]> {
  return list(session, 'network security groups', () => network(session).networkSecurityGroups.listAll());
}

export function collectNetworkInterfaces(session: AzureSession): Promise<NetworkInterface[]> {
  return list(session, 'network interfaces', () => network(session).networkInterfaces.listAll());
}

export function collectPublicIpAddresses(session: AzureSession): Promise<PublicIPAddress[]> {
  return list(session, 'public IP addresses', () => network(session).publicIPAddresses.listAll());
}

export function collectVirtualNetworks(session: AzureSession): Promise<VirtualNetwork[]> {
  return list(session, 'virtual networks', () => network(session).virtualNetworks.listAll());
}

export function collectNetworkWatchers(session: AzureSession): Promise<NetworkWatcher[]> {
  return list(session, 'network watchers', () => network(session).networkWatchers.listAll());
}
