import type { ModelNode } from '../model/node';
import type { Resource } from '../model/resource';
import { at, isArm, readNumber, readText } from './azure-resource';
import { parsePortRange, union, type PortSet } from './port-set';

export type Known<T> = T | 'unknown';

/** One address prefix as written, with its node for findings. */
export interface WrittenPrefix {
  value: string;
  node: ModelNode;
  /** The field as the user spelled it: `source_address_prefixes`, `sourceAddressPrefix`. */
  field: string;
}

/**
 * One NSG security rule, read the same way from a Terraform `security_rule` block,
 * an `azurerm_network_security_rule`, an ARM inline rule or an ARM child resource.
 * Enum values are lower-cased; anything known only at deployment is 'unknown'.
 */
export interface SecurityRule {
  /** The resource whose file holds the rule's lines. */
  resource: Resource;
  /** The rule's own map (the block, or the resource body). */
  node: ModelNode;
  name: string;
  priority: Known<number>;
  direction: Known<'inbound' | 'outbound'>;
  access: Known<'allow' | 'deny'>;
  /** `tcp`, `udp`, `icmp`, `esp`, `ah` or `*`. */
  protocol: Known<string>;
  /** Known source prefixes; `sourcesUnknown` when some are known only at deployment. */
  sources: WrittenPrefix[];
  sourcesUnknown: boolean;
  /** Known destination ports; `portsUnknown` when some are known only at deployment or unreadable. */
  ports: PortSet;
  portsUnknown: boolean;
  /** The destination port node(s) as written, for findings and messages. */
  portNode: ModelNode | undefined;
  /** The destination port field as the user spelled it, for messages. */
  portField: string;
}

const TERRAFORM_FIELDS = {
  priority: 'priority',
  direction: 'direction',
  access: 'access',
  protocol: 'protocol',
  source: 'source_address_prefix',
  sources: 'source_address_prefixes',
  sourceGroups: 'source_application_security_group_ids',
  port: 'destination_port_range',
  ports: 'destination_port_ranges',
};

const ARM_FIELDS = {
  priority: 'properties.priority',
  direction: 'properties.direction',
  access: 'properties.access',
  protocol: 'properties.protocol',
  source: 'properties.sourceAddressPrefix',
  sources: 'properties.sourceAddressPrefixes',
  sourceGroups: 'properties.sourceApplicationSecurityGroups',
  port: 'properties.destinationPortRange',
  ports: 'properties.destinationPortRanges',
};

function known<T extends string>(node: ModelNode | undefined, allowed: readonly T[]): Known<T> {
  const value = readText(node)?.toLowerCase();
  return allowed.find((candidate) => candidate === value) ?? 'unknown';
}

function values(node: ModelNode | undefined, field = ''): { written: WrittenPrefix[]; unknown: boolean } {
  if (!node) return { written: [], unknown: false };
  const list = node.kind === 'list' ? node.items : [node];
  const written: WrittenPrefix[] = [];
  let unknown = node.kind === 'unknown';
  for (const item of list) {
    const value = readText(item);
    if (value === 'unknown') unknown = true;
    else if (value !== undefined && value !== '') written.push({ value, node: item, field });
  }
  return { written, unknown };
}

function readPorts(
  single: ModelNode | undefined,
  list: ModelNode | undefined,
): { ports: PortSet; unknown: boolean } {
  const { written, unknown } = [values(single), values(list)].reduce((all, next) => ({
    written: [...all.written, ...next.written],
    unknown: all.unknown || next.unknown,
  }));
  let portsUnknown = unknown || (written.length === 0 && !single && !list);
  const sets: PortSet[] = [];
  for (const { value } of written) {
    // A list written as one comma-separated string is accepted by some tools; Azure takes each part.
    for (const part of value.split(',')) {
      const parsed = parsePortRange(part);
      if (parsed) sets.push(parsed);
      else portsUnknown = true;
    }
  }
  return { ports: union(...sets), unknown: portsUnknown };
}

/** Reads a rule from its map: a Terraform block or rule resource body, or an ARM rule (with `properties`). */
export function readSecurityRule(
  resource: Resource,
  node: ModelNode,
  name: string | undefined,
): SecurityRule {
  const arm = isArm(resource);
  const fields = arm ? ARM_FIELDS : TERRAFORM_FIELDS;
  const field = (path: string) => at(node, path);
  const spell = (path: string) => path.replace(/^properties\./, '');
  const single = values(field(fields.source), spell(fields.source));
  const list = values(field(fields.sources), spell(fields.sources));
  const groups = field(fields.sourceGroups);
  const sources = [...single.written, ...list.written];
  const noSourceWritten = sources.length === 0 && !single.unknown && !list.unknown && !groups;
  const ports = readPorts(field(fields.port), field(fields.ports));
  const priority = readNumber(field(fields.priority));
  return {
    resource,
    node,
    name: name ?? readText(field('name'))?.replace(/^unknown$/, '') ?? '',
    priority: priority === undefined ? 'unknown' : priority,
    direction: known(field(fields.direction), ['inbound', 'outbound'] as const),
    access: known(field(fields.access), ['allow', 'deny'] as const),
    protocol: known(field(fields.protocol), ['tcp', 'udp', 'icmp', 'esp', 'ah', '*'] as const),
    sources,
    sourcesUnknown: single.unknown || list.unknown || noSourceWritten,
    ports: ports.ports,
    portsUnknown: ports.unknown,
    portNode: field(fields.port) ?? field(fields.ports),
    portField: spell(field(fields.port) ? fields.port : fields.ports),
  };
}
