import type { ModelNode } from '../model/node';
import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';
import {
  at,
  entriesOf,
  properties,
  readNumber,
  readStrings,
  readText,
  settingAt,
  type Setting,
} from './aws-resource';

export type Direction = 'ingress' | 'egress';

/** One security group rule, however it is declared. */
export interface SecurityGroupRule {
  /** The resource that declares the rule: the group (inline rules) or a rule resource. */
  resource: Resource;
  /** The rule's block, list entry or resource body. */
  node: ModelNode;
  direction: Direction;
  /** `all`, `tcp`, `udp`, `icmp` ..., 'unknown' when known only at deploy time. */
  protocol: string;
  fromPort: number | 'unknown' | undefined;
  toPort: number | 'unknown' | undefined;
  /** `0.0.0.0/0` and `::/0` sources or destinations, with their nodes. */
  openCidrs: { value: string; node: ModelNode }[];
  description: Setting;
  /** Declared on a VPC's default security group. */
  defaultGroup: boolean;
}

const OPEN_CIDRS = new Set(['0.0.0.0/0', '::/0', '::0/0']);

export function normaliseProtocol(value: string | 'unknown' | undefined): string {
  if (value === undefined) return 'unknown';
  const lower = value.toLowerCase();
  if (lower === '-1' || lower === 'all') return 'all';
  if (lower === '6') return 'tcp';
  if (lower === '17') return 'udp';
  return lower;
}

interface Shape {
  protocol: string;
  from: string;
  to: string;
  cidrs: string[];
  description: string;
}

const TERRAFORM_BLOCK: Shape = {
  protocol: 'protocol',
  from: 'from_port',
  to: 'to_port',
  cidrs: ['cidr_blocks', 'ipv6_cidr_blocks'],
  description: 'description',
};
const TERRAFORM_VPC_RULE: Shape = {
  protocol: 'ip_protocol',
  from: 'from_port',
  to: 'to_port',
  cidrs: ['cidr_ipv4', 'cidr_ipv6'],
  description: 'description',
};
const CLOUDFORMATION: Shape = {
  protocol: 'IpProtocol',
  from: 'FromPort',
  to: 'ToPort',
  cidrs: ['CidrIp', 'CidrIpv6'],
  description: 'Description',
};

function toRule(
  resource: Resource,
  node: ModelNode,
  direction: Direction,
  shape: Shape,
  namePrefix: string,
  defaultGroup = false,
): SecurityGroupRule {
  const protocol = normaliseProtocol(readText(at(node, shape.protocol)));
  const openCidrs = shape.cidrs.flatMap((key) =>
    readStrings(at(node, key)).values.filter((entry) => OPEN_CIDRS.has(entry.value.trim())),
  );
  return {
    resource,
    node,
    direction,
    protocol,
    fromPort: readNumber(at(node, shape.from)),
    toPort: readNumber(at(node, shape.to)),
    openCidrs,
    description: settingAt(resource, node, shape.description, namePrefix),
    defaultGroup,
  };
}

/** Every security group rule of the scan: inline blocks, rule resources, CloudFormation lists and rule resources. */
export function securityGroupRules(model: IacModel): SecurityGroupRule[] {
  return model.view('aws:security-group-rules', () => {
    const rules: SecurityGroupRule[] = [];
    for (const group of model.ofTypes(['aws_security_group', 'aws_default_security_group'])) {
      const isDefault = group.type === 'aws_default_security_group';
      for (const direction of ['ingress', 'egress'] as const) {
        for (const block of entriesOf(at(properties(group), direction))) {
          if (block.kind === 'map')
            rules.push(toRule(group, block, direction, TERRAFORM_BLOCK, direction, isDefault));
        }
      }
    }
    for (const resource of model.ofType('aws_security_group_rule')) {
      const type = readText(at(properties(resource), 'type'));
      if (type === 'ingress' || type === 'egress')
        rules.push(toRule(resource, resource.body, type, TERRAFORM_BLOCK, ''));
    }
    for (const resource of model.ofType('aws_vpc_security_group_ingress_rule'))
      rules.push(toRule(resource, resource.body, 'ingress', TERRAFORM_VPC_RULE, ''));
    for (const resource of model.ofType('aws_vpc_security_group_egress_rule'))
      rules.push(toRule(resource, resource.body, 'egress', TERRAFORM_VPC_RULE, ''));
    for (const group of model.ofType('AWS::EC2::SecurityGroup')) {
      for (const [key, direction] of [
        ['SecurityGroupIngress', 'ingress'],
        ['SecurityGroupEgress', 'egress'],
      ] as const) {
        entriesOf(at(properties(group), key)).forEach((entry, index) => {
          if (entry.kind === 'map')
            rules.push(toRule(group, entry, direction, CLOUDFORMATION, `${key}[${index}]`));
        });
      }
    }
    for (const resource of model.ofType('AWS::EC2::SecurityGroupIngress')) {
      const body = properties(resource);
      if (body) rules.push(toRule(resource, body, 'ingress', CLOUDFORMATION, ''));
    }
    for (const resource of model.ofType('AWS::EC2::SecurityGroupEgress')) {
      const body = properties(resource);
      if (body) rules.push(toRule(resource, body, 'egress', CLOUDFORMATION, ''));
    }
    return rules;
  });
}

/** Whether the rule lets traffic to a TCP port through: true, false, or 'unknown'. */
export function coversPort(
  rule: SecurityGroupRule,
  port: number,
  protocol: 'tcp' | 'udp' = 'tcp',
): boolean | 'unknown' {
  if (rule.protocol === 'all') return true;
  if (rule.protocol === 'unknown') return 'unknown';
  if (rule.protocol !== protocol) return false;
  if (rule.fromPort === 'unknown' || rule.toPort === 'unknown') return 'unknown';
  if (rule.fromPort === undefined || rule.toPort === undefined) return 'unknown';
  return rule.fromPort <= port && port <= rule.toPort;
}

/** All protocols, or every TCP or UDP port. */
export function coversAllPorts(rule: SecurityGroupRule): boolean {
  if (rule.protocol === 'all') return true;
  if (rule.protocol !== 'tcp' && rule.protocol !== 'udp') return false;
  return (
    typeof rule.fromPort === 'number' &&
    typeof rule.toPort === 'number' &&
    rule.fromPort <= 1 &&
    rule.toPort >= 65535
  );
}

/** How a message names the rule: `ingress` block of aws_security_group.web, SecurityGroupIngress[0] of Web. */
export function describeRule(rule: SecurityGroupRule): string {
  const where =
    rule.resource.format === 'cloudformation'
      ? `${rule.resource.address} (${rule.resource.type})`
      : rule.resource.address;
  return rule.description.name.includes('.') ? `${rule.description.name.split('.')[0]} of ${where}` : where;
}
