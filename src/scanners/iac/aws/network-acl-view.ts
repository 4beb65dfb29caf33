import type { ModelNode } from '../model/node';
import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';
import { at, entriesOf, properties, readBool, readNumber, readText } from './aws-resource';
import { normaliseProtocol } from './security-group-view';

/** An ingress network ACL entry that allows traffic. */
export interface NetworkAclEntry {
  resource: Resource;
  node: ModelNode;
  protocol: string;
  fromPort: number | 'unknown' | undefined;
  toPort: number | 'unknown' | undefined;
  openCidrs: { value: string; node: ModelNode }[];
}

const OPEN = new Set(['0.0.0.0/0', '::/0', '::0/0']);

function openCidrs(node: ModelNode, keys: string[]): NetworkAclEntry['openCidrs'] {
  return keys.flatMap((key) => {
    const cidr = at(node, key);
    const value = readText(cidr);
    return cidr && value && OPEN.has(value) ? [{ value, node: cidr }] : [];
  });
}

/** Allowing ingress entries of `aws_network_acl` / `aws_default_network_acl` blocks, `aws_network_acl_rule` and `AWS::EC2::NetworkAclEntry`. */
export function allowingIngressEntries(model: IacModel): NetworkAclEntry[] {
  const entries: NetworkAclEntry[] = [];
  for (const acl of model.ofTypes(['aws_network_acl', 'aws_default_network_acl'])) {
    for (const block of entriesOf(at(properties(acl), 'ingress'))) {
      if (block.kind !== 'map' || readText(at(block, 'action'))?.toLowerCase() !== 'allow') continue;
      entries.push(
        entry(acl, block, readText(at(block, 'protocol')), 'from_port', 'to_port', [
          'cidr_block',
          'ipv6_cidr_block',
        ]),
      );
    }
  }
  for (const rule of model.ofType('aws_network_acl_rule')) {
    const body = rule.body;
    if (readBool(at(body, 'egress')) === true || readText(at(body, 'rule_action'))?.toLowerCase() !== 'allow')
      continue;
    entries.push(
      entry(rule, body, readText(at(body, 'protocol')), 'from_port', 'to_port', [
        'cidr_block',
        'ipv6_cidr_block',
      ]),
    );
  }
  for (const rule of model.ofType('AWS::EC2::NetworkAclEntry')) {
    const body = properties(rule);
    if (
      !body ||
      readBool(at(body, 'Egress')) === true ||
      readText(at(body, 'RuleAction'))?.toLowerCase() !== 'allow'
    )
      continue;
    entries.push(
      entry(rule, body, readText(at(body, 'Protocol')), 'PortRange.From', 'PortRange.To', [
        'CidrBlock',
        'Ipv6CidrBlock',
      ]),
    );
  }
  return entries;
}

function entry(
  resource: Resource,
  node: ModelNode,
  protocol: string | undefined,
  from: string,
  to: string,
  cidrKeys: string[],
): NetworkAclEntry {
  return {
    resource,
    node,
    protocol: normaliseProtocol(protocol),
    fromPort: readNumber(at(node, from)),
    toPort: readNumber(at(node, to)),
    openCidrs: openCidrs(node, cidrKeys),
  };
}

/** Whether the entry lets a TCP port through. */
export function aclCoversPort(entry: NetworkAclEntry, port: number): boolean | 'unknown' {
  if (entry.protocol === 'all') return true;
  if (entry.protocol !== 'tcp') return entry.protocol === 'unknown' ? 'unknown' : false;
  if (typeof entry.fromPort !== 'number' || typeof entry.toPort !== 'number') return 'unknown';
  return entry.fromPort <= port && port <= entry.toPort;
}
