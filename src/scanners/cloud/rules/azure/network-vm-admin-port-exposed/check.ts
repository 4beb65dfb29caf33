import type { NetworkInterface, NetworkSecurityGroup, PublicIPAddress } from '@azure/arm-network';
import { sameArmId } from '../../../collectors/azure/arm-ids';
import type { AzureAuditRule } from '../azure-audit-rule';
import { internetAccess } from '../shared/live-nsg';
import { inRegion, nameOf } from '../shared/resource-location';

const ADMIN_PORTS: [number, string][] = [
  [22, 'SSH'],
  [3389, 'RDP'],
  [5985, 'WinRM'],
  [5986, 'WinRM over HTTPS'],
];

/**
 * Whether Internet traffic reaches `port` through the subnet's group and then the NIC's: both must allow it.
 * With no group at all, a Standard public IP is closed by default and a Basic one is open.
 */
function reaches(
  groups: (NetworkSecurityGroup | undefined)[],
  port: number,
  ip: PublicIPAddress | undefined,
) {
  const present = groups.filter((group): group is NetworkSecurityGroup => group !== undefined);
  if (present.length === 0)
    return ip?.sku?.name === 'Basic' ? 'no NSG, and a Basic public IP is open by default' : undefined;
  const verdicts = present.map((group) => ({ group, ...internetAccess(group, port) }));
  if (!verdicts.every((verdict) => verdict.access === 'Allow')) return undefined;
  return `allowed by ${verdicts.map(({ group, rule }) => `NSG ${group.name} rule ${rule?.name ?? '?'}`).join(' and ')}`;
}

function exposedPorts(
  nic: NetworkInterface,
  groups: NetworkSecurityGroup[],
  ips: PublicIPAddress[],
): string[] {
  const nicGroup = groups.find((group) => sameArmId(group.id, nic.networkSecurityGroup?.id));
  return (nic.ipConfigurations ?? []).flatMap((config) => {
    if (!config.publicIPAddress?.id) return [];
    const ip = ips.find((candidate) => sameArmId(candidate.id, config.publicIPAddress?.id));
    const subnetGroup = groups.find((group) =>
      (group.subnets ?? []).some((subnet) => sameArmId(subnet.id, config.subnet?.id)),
    );
    const address = ip?.ipAddress ?? nameOf(config.publicIPAddress.id);
    return ADMIN_PORTS.flatMap(([port, service]) => {
      const path = reaches([subnetGroup, nicGroup], port, ip);
      return path ? [`${service} (TCP ${port}) on ${address}, ${path}`] : [];
    });
  });
}

const rule: AzureAuditRule = {
  meta: {
    id: 'azure-audit-network-vm-admin-port-exposed',
    title: 'Virtual machine with a public IP has an administration port open to the Internet',
    severity: 'critical',
    description:
      'A machine with a public IP address whose subnet and interface security groups both let the Internet reach SSH, RDP or WinRM can be attacked directly; this is the path most cloud VM compromises start from.',
    remediation:
      'Close the port in the NSG of the subnet or the network interface (a Deny ahead of the Allow, or a narrower source), remove the public IP, and use Azure Bastion or just-in-time VM access for administration.',
    links: [
      'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-group-how-it-works',
      'https://learn.microsoft.com/en-us/azure/virtual-network/ip-services/public-ip-addresses',
    ],
    scanner: 'audit',
    platform: 'azure',
    category: 'network',
    compliance: {
      'cis-azure-3.0': ['7.1', '7.2'],
      'nist-800-53-r5': ['SC-7', 'AC-17'],
      'soc2-2017': ['CC6.6'],
      'pci-dss-4.0': ['1.3.1', '1.4.1'],
    },
    aliases: [],
  },
  needs: ['networkInterfaces', 'networkSecurityGroups', 'publicIpAddresses'],
  check(context) {
    const nics = context.get('networkInterfaces');
    const groups = context.get('networkSecurityGroups');
    const ips = context.get('publicIpAddresses');
    if (!nics || !groups || !ips) return [];
    const byTarget = new Map<string, { nic: NetworkInterface; open: string[] }>();
    for (const nic of nics) {
      const open = exposedPorts(nic, groups, ips);
      if (open.length === 0) continue;
      const target = nic.virtualMachine?.id ?? nic.id ?? '';
      const entry = byTarget.get(target) ?? { nic, open: [] };
      entry.open.push(...open);
      byTarget.set(target, entry);
    }
    return [...byTarget].map(([target, { nic, open }]) =>
      context.flag(
        target,
        `${nic.virtualMachine ? `VM ${nameOf(target)}` : `Network interface ${nic.name}`} is reachable from the Internet on ${open.join('; ')}.`,
        inRegion(nic),
      ),
    );
  },
};

export default rule;
