import type { IpPermission, SecurityGroup } from '@aws-sdk/client-ec2';
import type { ModelNode } from '../../../iac/model/node';
import { declaredValue } from '../declared/declared-values';
import type { DeclaredResource } from '../declared/declared-infrastructure';

/** One opening of a security group: a protocol and port range from one source. */
export interface Permission {
  protocol: string;
  from: number;
  to: number;
  /** `0.0.0.0/0`, `::/0`, `sg-123`, `pl-123` or `self`. */
  source: string;
}

/** A declared permission with where the code writes it. */
export interface DeclaredPermission extends Permission {
  holder: DeclaredResource;
  node: ModelNode | undefined;
}

const PROTOCOLS: Record<string, string> = {
  '-1': 'all',
  all: 'all',
  '6': 'tcp',
  '17': 'udp',
  '1': 'icmp',
  '58': 'icmpv6',
};

function protocolName(value: unknown): string {
  const text = String(value ?? '-1').toLowerCase();
  return PROTOCOLS[text] ?? text;
}

function port(value: unknown): number {
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : -1;
}

/** Protocol and ports as one key; "all traffic" has no ports. */
export function portKey(permission: Permission): string {
  return permission.protocol === 'all'
    ? 'all traffic'
    : `${permission.protocol} ${permission.from === permission.to ? permission.from : `${permission.from}-${permission.to}`}`;
}

export function permissionKey(permission: Permission): string {
  return `${portKey(permission)} from ${permission.source}`;
}

/** Live ingress of a group, one permission per source; a reference to the group itself is `self`. */
export function livePermissions(group: SecurityGroup): Permission[] {
  return (group.IpPermissions ?? []).flatMap((entry) => expandLive(entry, group.GroupId));
}

function expandLive(entry: IpPermission, ownId: string | undefined): Permission[] {
  const base = ports(entry.IpProtocol, entry.FromPort, entry.ToPort);
  const sources = [
    ...(entry.IpRanges ?? []).map((range) => range.CidrIp),
    ...(entry.Ipv6Ranges ?? []).map((range) => range.CidrIpv6),
    ...(entry.PrefixListIds ?? []).map((list) => list.PrefixListId),
    ...(entry.UserIdGroupPairs ?? []).map((pair) => (pair.GroupId === ownId ? 'self' : pair.GroupId)),
  ];
  return sources.filter((source): source is string => !!source).map((source) => ({ ...base, source }));
}

function ports(protocol: unknown, from: unknown, to: unknown): Omit<Permission, 'source'> {
  const name = protocolName(protocol);
  return name === 'all'
    ? { protocol: name, from: -1, to: -1 }
    : { protocol: name, from: port(from), to: port(to) };
}

/** Source attributes of each declaration style: attribute -> whether it holds a list. */
const SOURCES = {
  inline: { cidr_blocks: true, ipv6_cidr_blocks: true, prefix_list_ids: true, security_groups: true },
  rule: { cidr_blocks: true, ipv6_cidr_blocks: true, prefix_list_ids: true, source_security_group_id: false },
  'vpc-rule': {
    cidr_ipv4: false,
    cidr_ipv6: false,
    prefix_list_id: false,
    referenced_security_group_id: false,
  },
} as const;

export type DeclarationStyle = keyof typeof SOURCES;

/**
 * The permissions one declaration opens, read at `prefix` (`ingress.0.` for an inline block, '' for a rule
 * resource); undefined when any part is unknown, so that the group is left alone rather than guessed.
 */
export function declaredPermissions(
  holder: DeclaredResource,
  style: DeclarationStyle,
  prefix: string,
  resolveGroup: (attribute: string) => string | undefined,
  ownId: string | undefined,
): DeclaredPermission[] | undefined {
  const read = (name: string) => declaredValue(holder, `${prefix}${name}`);
  const protocol = read(style === 'vpc-rule' ? 'ip_protocol' : 'protocol');
  const from = read('from_port');
  const to = read('to_port');
  if ([protocol, from, to].some((value) => value.kind === 'unknown')) return undefined;
  const known = (value: ReturnType<typeof read>) => (value.kind === 'known' ? value.value : undefined);
  const base = ports(known(protocol), known(from), known(to));
  const result: DeclaredPermission[] = [];
  for (const [attribute, isList] of Object.entries(SOURCES[style])) {
    let value = read(attribute);
    if (value.kind === 'unknown' && !isList) {
      const resolved = resolveGroup(attribute);
      if (resolved === undefined) return undefined;
      value = { kind: 'known', value: resolved, node: undefined };
    }
    if (value.kind === 'unknown') return undefined;
    if (value.kind === 'absent') continue;
    const sources = isList ? value.value : [value.value];
    if (!Array.isArray(sources)) return undefined;
    for (const source of sources) {
      if (typeof source !== 'string') return undefined;
      if (source !== '')
        result.push({ ...base, source: source === ownId ? 'self' : source, holder, node: value.node });
    }
  }
  const self = read('self');
  if (self.kind === 'unknown') return undefined;
  if (self.kind === 'known' && (self.value === true || self.value === 'true'))
    result.push({ ...base, source: 'self', holder, node: self.node });
  return result;
}
