import type { IpPermission, NetworkAcl, NetworkAclEntry } from '@aws-sdk/client-ec2';

/** The remote administration ports of CIS AWS 5.2-5.4: SSH and RDP. */
export const ADMIN_PORTS = [22, 3389] as const;

export const ANY_IPV4 = '0.0.0.0/0';
export const ANY_IPV6 = '::/0';

/** Protocols CIS counts for administration ports: TCP, UDP and all traffic. */
function protocolCounts(protocol: string | undefined): boolean {
  return ['-1', 'tcp', 'udp', '6', '17', 'all'].includes((protocol ?? '').toLowerCase());
}

function coversPort(
  protocol: string | undefined,
  from: number | undefined,
  to: number | undefined,
  port: number,
): boolean {
  if (!protocolCounts(protocol)) return false;
  if (protocol === '-1' || protocol === 'all') return true;
  if (from === undefined || to === undefined || from === -1) return true;
  return from <= port && port <= to;
}

export function permissionPorts(permission: IpPermission, ports: readonly number[]): number[] {
  return ports.filter((port) =>
    coversPort(permission.IpProtocol, permission.FromPort, permission.ToPort, port),
  );
}

/** Which of `ports` a security group's ingress rules open to `cidr` (`0.0.0.0/0` or `::/0`). */
export function openPorts(
  ingress: IpPermission[] | undefined,
  cidr: string,
  ports: readonly number[],
): number[] {
  const open = new Set<number>();
  for (const permission of ingress ?? []) {
    const sources =
      cidr === ANY_IPV6
        ? (permission.Ipv6Ranges ?? []).map((range) => range.CidrIpv6)
        : (permission.IpRanges ?? []).map((range) => range.CidrIp);
    if (!sources.includes(cidr)) continue;
    for (const port of permissionPorts(permission, ports)) open.add(port);
  }
  return [...open].sort((a, b) => a - b);
}

export function describePorts(ports: number[]): string {
  return ports
    .map(
      (port) =>
        `${port} (${port === 22 ? 'SSH' : port === 3389 ? 'RDP' : port === 445 ? 'CIFS/SMB' : 'port'})`,
    )
    .join(' and ');
}

function entryCovers(entry: NetworkAclEntry, port: number): boolean {
  return coversPort(entry.Protocol, entry.PortRange?.From, entry.PortRange?.To, port);
}

/**
 * Which of `ports` a network ACL lets in from anywhere. Entries are evaluated in rule-number order; the first
 * entry for the whole Internet (IPv4 or IPv6) that covers the port decides, as the VPC does for such traffic.
 */
export function naclOpenPorts(
  acl: NetworkAcl,
  ports: readonly number[],
): { port: number; cidr: string; rule: number }[] {
  const ingress = (acl.Entries ?? [])
    .filter((entry) => entry.Egress !== true)
    .sort((a, b) => (a.RuleNumber ?? 0) - (b.RuleNumber ?? 0));
  const open: { port: number; cidr: string; rule: number }[] = [];
  for (const cidr of [ANY_IPV4, ANY_IPV6]) {
    for (const port of ports) {
      const decisive = ingress.find(
        (entry) => (entry.CidrBlock === cidr || entry.Ipv6CidrBlock === cidr) && entryCovers(entry, port),
      );
      if (decisive?.RuleAction === 'allow') open.push({ port, cidr, rule: decisive.RuleNumber ?? 0 });
    }
  }
  return open;
}
