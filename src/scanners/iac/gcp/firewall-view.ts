import type { IacModel } from '../model/iac-model';
import type { ModelNode } from '../model/node';
import type { Resource } from '../model/resource';
import { at, blocks, readBool, readNumber, readStrings, readText, type Known } from './gcp-settings';
import { argumentReferences } from './references';

/** One `allow` or `deny` block: a protocol and its ports (none written means every port). */
export interface FirewallPermission {
  node: ModelNode;
  protocol: Known<string>;
  /** Port ranges; undefined when the block names no ports (all of them). */
  ports?: { from: number; to: number; node: ModelNode }[];
  portsUnknown: boolean;
}

export interface FirewallRule {
  resource: Resource;
  direction: Known<'INGRESS' | 'EGRESS'>;
  disabled: Known<boolean>;
  priority: Known<number>;
  /** Source ranges written out; an ingress rule without any source at all applies to 0.0.0.0/0. */
  sourceRanges: { value: string; node: ModelNode }[];
  sourceRangesUnknown: boolean;
  /** Sources named by network tag or service account instead of by address. */
  hasTaggedSources: Known<boolean>;
  /** Applies to every instance of the network (no target tags or service accounts). */
  targetsAll: Known<boolean>;
  targetKey: string;
  network: string;
  allow: FirewallPermission[];
  deny: FirewallPermission[];
}

const ANYWHERE = new Set(['0.0.0.0/0', '::/0', '0.0.0.0', '::']);
const PROTOCOL_NUMBERS: Record<string, string> = { '6': 'tcp', '17': 'udp', '132': 'sctp', '1': 'icmp' };

export function firewallRules(model: IacModel): FirewallRule[] {
  return model.view('gcp-firewall-rules', () => model.ofType('google_compute_firewall').map(readRule));
}

function readRule(resource: Resource): FirewallRule {
  const body = resource.body;
  const direction = readText(at(body, 'direction'));
  const ranges = readStrings(at(body, 'source_ranges'));
  const tags = at(body, 'source_tags');
  const accounts = at(body, 'source_service_accounts');
  const targets = [at(body, 'target_tags'), at(body, 'target_service_accounts')];
  const targetValues = targets.map((node) => readStrings(node));
  return {
    resource,
    direction:
      direction === undefined
        ? 'INGRESS'
        : direction === 'unknown'
          ? 'unknown'
          : (direction.toUpperCase() as 'INGRESS' | 'EGRESS'),
    disabled: readBool(at(body, 'disabled')) ?? false,
    priority: readNumber(at(body, 'priority')) ?? 1000,
    sourceRanges: ranges.values,
    sourceRangesUnknown: ranges.unknown,
    hasTaggedSources: taggedSources(tags, accounts),
    targetsAll: targetValues.some((value) => value.unknown)
      ? 'unknown'
      : targetValues.every((value) => value.values.length === 0),
    targetKey: targetValues
      .map((value) =>
        value.values
          .map((item) => item.value)
          .sort()
          .join(','),
      )
      .join('|'),
    network: networkKey(resource),
    allow: blocks(at(body, 'allow')).map(readPermission),
    deny: blocks(at(body, 'deny')).map(readPermission),
  };
}

function taggedSources(tags: ModelNode | undefined, accounts: ModelNode | undefined): Known<boolean> {
  const values = [readStrings(tags), readStrings(accounts)];
  if (values.some((value) => value.values.length > 0)) return true;
  return values.some((value) => value.unknown) ? 'unknown' : false;
}

/** Rules meet on the same network by reference or by the name written out. */
function networkKey(resource: Resource): string {
  const references = argumentReferences(resource, 'network');
  if (references.length > 0)
    return `ref:${resource.meta.root ?? ''}:${references[0]!.replace(/\[[^\]]*\]$/, '')}`;
  const value = readText(at(resource.body, 'network'));
  if (value === undefined || value === 'unknown')
    return `unknown:${resource.meta.root ?? ''}:${resource.address}`;
  return `name:${resource.meta.root ?? ''}:${value.slice(value.lastIndexOf('/') + 1)}`;
}

function readPermission(node: ModelNode): FirewallPermission {
  if (node.kind !== 'map') return { node, protocol: 'unknown', portsUnknown: true };
  const protocolText = readText(at(node, 'protocol'));
  const protocol =
    protocolText === undefined || protocolText === 'unknown' ? protocolText : normaliseProtocol(protocolText);
  const portsNode = at(node, 'ports');
  const ports = readStrings(portsNode);
  if (!portsNode || (ports.values.length === 0 && !ports.unknown))
    return { node, protocol, portsUnknown: false };
  const ranges = ports.values.flatMap(({ value, node: item }) => {
    const match = /^(\d+)(?:-(\d+))?$/.exec(value.trim());
    return match ? [{ from: Number(match[1]), to: Number(match[2] ?? match[1]), node: item }] : [];
  });
  return {
    node,
    protocol,
    ports: ranges,
    portsUnknown: ports.unknown || ranges.length < ports.values.length,
  };
}

function normaliseProtocol(protocol: string): string {
  const lower = protocol.trim().toLowerCase();
  return PROTOCOL_NUMBERS[lower] ?? lower;
}

/** Whether a permission covers a TCP/UDP port; the ports entry that does, for findings. */
export function coversPort(
  permission: FirewallPermission,
  protocol: 'tcp' | 'udp',
  port: number,
): Known<boolean> {
  if (permission.protocol === 'unknown') return 'unknown';
  if (permission.protocol !== 'all' && permission.protocol !== protocol) return false;
  if (!permission.ports) return permission.portsUnknown ? 'unknown' : true;
  if (permission.ports.some((range) => range.from <= port && port <= range.to)) return true;
  return permission.portsUnknown ? 'unknown' : false;
}

/** Every protocol and port: `all`, or TCP/UDP without a port list. */
export function coversEverything(permission: FirewallPermission): Known<boolean> {
  if (permission.protocol === 'unknown') return 'unknown';
  if (permission.protocol === 'all') return true;
  if (permission.protocol !== 'tcp' && permission.protocol !== 'udp') return false;
  if (!permission.ports) return permission.portsUnknown ? 'unknown' : true;
  if (permission.ports.some((range) => range.from <= 1 && range.to >= 65535)) return true;
  return permission.portsUnknown ? 'unknown' : false;
}

/**
 * Where an enabled ingress rule admits the whole internet: the `0.0.0.0/0` (or
 * `::/0`) entry, or the resource itself when it names no source at all (GCP then
 * uses 0.0.0.0/0). Undefined when it does not, or when that depends on unknown values.
 */
export function internetSource(rule: FirewallRule): { node: ModelNode | undefined } | undefined {
  if (rule.direction !== 'INGRESS' || rule.disabled !== false) return undefined;
  const open = rule.sourceRanges.find((range) => ANYWHERE.has(range.value.trim()));
  if (open) return { node: open.node };
  if (rule.sourceRanges.length > 0 || rule.sourceRangesUnknown || rule.hasTaggedSources !== false)
    return undefined;
  return { node: undefined };
}

/**
 * A deny rule evaluated no later than `rule` (lower or equal priority number; deny
 * wins ties), on the same network, for the same or all targets, that refuses the
 * traffic from anywhere: the allow never takes effect for it.
 */
export function deniedEarlier(
  model: IacModel,
  rule: FirewallRule,
  denies: (permission: FirewallPermission) => boolean,
): boolean {
  if (typeof rule.priority !== 'number') return false;
  const priority = rule.priority;
  const index = internetDenies(model);
  const candidates = [
    ...(index.get(`${rule.network}\0*`) ?? []),
    ...(rule.targetsAll === false ? (index.get(`${rule.network}\0${rule.targetKey}`) ?? []) : []),
  ];
  return candidates.some(
    (other) =>
      other !== rule &&
      typeof other.priority === 'number' &&
      other.priority <= priority &&
      other.deny.some(denies),
  );
}

/** Enabled ingress deny rules that refuse traffic from anywhere, by network and targets (`*` for all instances). */
function internetDenies(model: IacModel): Map<string, FirewallRule[]> {
  return model.view('gcp-firewall-internet-denies', () => {
    const index = new Map<string, FirewallRule[]>();
    for (const rule of firewallRules(model)) {
      if (rule.deny.length === 0 || internetSource(rule) === undefined) continue;
      if (rule.targetsAll === 'unknown') continue;
      const key = `${rule.network}\0${rule.targetsAll ? '*' : rule.targetKey}`;
      const list = index.get(key);
      if (list) list.push(rule);
      else index.set(key, [rule]);
    }
    return index;
  });
}
