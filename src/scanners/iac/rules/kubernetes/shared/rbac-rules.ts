import type { IacModel } from '../../../model/iac-model';
import { child, isUnknown, items, text, type MapNode, type ModelNode } from '../../../model/node';
import type { Resource } from '../../../model/resource';

/** One entry of a Role's or ClusterRole's `rules`, with its lists kept as nodes for precise findings. */
export interface PolicyRule {
  role: Resource;
  /** 1-based, for messages. */
  number: number;
  node: MapNode;
  apiGroups: ListEntry[];
  resources: ListEntry[];
  verbs: ListEntry[];
  resourceNames: ListEntry[];
}

export interface ListEntry {
  value: string;
  node: ModelNode;
}

/**
 * Every rule of every Role and ClusterRole. Rules with an unknown part are left out (a rule stays
 * silent rather than guess), and so are aggregated ClusterRoles, whose rules the controller overwrites.
 */
export function policyRules(model: IacModel): PolicyRule[] {
  const result: PolicyRule[] = [];
  for (const role of model.ofTypes(['Role', 'ClusterRole'])) {
    if (role.format !== 'kubernetes' || child(role.body, 'aggregationRule')) continue;
    items(child(role.body, 'rules')).forEach((node, index) => {
      if (node.kind !== 'map') return;
      const parts = ['apiGroups', 'resources', 'verbs', 'resourceNames'].map((key) => child(node, key));
      if (parts.some((part) => isUnknown(part) || items(part).some(isUnknown))) return;
      const [apiGroups, resources, verbs, resourceNames] = parts.map(entries);
      result.push({
        role,
        number: index + 1,
        node,
        apiGroups: apiGroups!,
        resources: resources!,
        verbs: verbs!,
        resourceNames: resourceNames!,
      });
    });
  }
  return result;
}

function entries(list: ModelNode | undefined): ListEntry[] {
  return items(list).flatMap((node) => {
    const value = text(node);
    return value === undefined ? [] : [{ value, node }];
  });
}

/** True when the rule applies to the core API group (`""`) or to every group. */
export function coversCoreGroup(rule: PolicyRule): boolean {
  return rule.apiGroups.some((group) => group.value === '' || group.value === '*');
}

export function describeRule(rule: PolicyRule): string {
  return `rule ${rule.number} of ${rule.role.address}`;
}
