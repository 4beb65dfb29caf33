import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';
import { at, azureResources, isArm, readText } from './azure-resource';
import { readSecurityRule, type SecurityRule } from './nsg-rule';
import { armParent, armParentName, deployedName, referencing } from './resource-links';
import * as nsgAccess from './nsg-access';

export type { SecurityRule, WrittenPrefix, Known } from './nsg-rule';
export type { InboundEvaluation, Claim } from './nsg-access';
/** Re-exported as plain values: `export { ... } from` compiles to a getter, which every call from a rule would run. */
export const { effectiveInboundAccess, evaluateInbound } = nsgAccess;

/**
 * A network security group with every rule that belongs to it, wherever written:
 * inline in the group or as separate rule resources joined by name or reference.
 * Rules whose group is not in the scan form a group of their own, keyed by the
 * group name they name.
 */
export interface NetworkSecurityGroup {
  key: string;
  name: string;
  /** Undefined when only separate rules of the group are in the scan. */
  resource?: Resource;
  rules: SecurityRule[];
}

export const NSG_TYPES = {
  terraform: ['azurerm_network_security_group'],
  arm: ['Microsoft.Network/networkSecurityGroups'],
} as const;
const RULE_TYPES = {
  terraform: ['azurerm_network_security_rule'],
  arm: ['Microsoft.Network/networkSecurityGroups/securityRules'],
} as const;

/** Every security rule of the scan, grouped by the NSG it belongs to. */
export function networkSecurityGroups(model: IacModel): NetworkSecurityGroup[] {
  return model.view('azure:nsg', () => collect(model));
}

/** Every security rule of the scan, from both formats. */
export function securityRules(model: IacModel): SecurityRule[] {
  return networkSecurityGroups(model).flatMap((group) => group.rules);
}

function collect(model: IacModel): NetworkSecurityGroup[] {
  const groups = new Map<string, NetworkSecurityGroup>();
  const nsgs = azureResources(model, { terraform: NSG_TYPES.terraform, arm: NSG_TYPES.arm });
  for (const nsg of nsgs) {
    const group: NetworkSecurityGroup = {
      key: groupKey(nsg),
      name: deployedName(nsg) ?? nsg.address,
      resource: nsg,
      rules: [],
    };
    groups.set(group.key, group);
    const inline = isArm(nsg) ? at(nsg.body, 'properties.securityRules') : at(nsg.body, 'security_rule');
    if (inline?.kind !== 'list') continue;
    for (const item of inline.items)
      if (item.kind === 'map') group.rules.push(readSecurityRule(nsg, item, undefined));
  }
  const terraformOwners = new Map<Resource, Resource>();
  for (const nsg of nsgs.filter((candidate) => !isArm(candidate))) {
    for (const rule of referencing(model, nsg, RULE_TYPES.terraform, 'network_security_group_name')) {
      if (!terraformOwners.has(rule) && sameResourceGroup(rule, nsg)) terraformOwners.set(rule, nsg);
    }
  }
  for (const ruleResource of azureResources(model, {
    terraform: RULE_TYPES.terraform,
    arm: RULE_TYPES.arm,
  })) {
    const { key, name, owner } = ownerOf(model, ruleResource, terraformOwners.get(ruleResource));
    const group = groups.get(key) ?? { key, name, ...(owner ? { resource: owner } : {}), rules: [] };
    groups.set(key, group);
    const ruleName = isArm(ruleResource)
      ? ruleResource.meta.name?.slice(ruleResource.meta.name.lastIndexOf('/') + 1)
      : undefined;
    group.rules.push(readSecurityRule(ruleResource, ruleResource.body, ruleName));
  }
  return [...groups.values()];
}

/** An NSG's own key: addresses repeat in every root module that calls the same module. */
function groupKey(nsg: Resource): string {
  return `${nsg.meta.root ?? nsg.file}\0${nsg.address}`;
}

function ownerOf(
  model: IacModel,
  rule: Resource,
  terraformOwner: Resource | undefined,
): { key: string; name: string; owner?: Resource } {
  if (isArm(rule)) {
    const owner = armParent(model, rule, NSG_TYPES.arm[0]);
    const name = armParentName(rule) ?? '?';
    return owner ? { key: groupKey(owner), name, owner } : { key: `arm:${name.toLowerCase()}`, name };
  }
  if (terraformOwner)
    return {
      key: groupKey(terraformOwner),
      name: deployedName(terraformOwner) ?? terraformOwner.address,
      owner: terraformOwner,
    };
  const reference = at(rule.body, 'network_security_group_name');
  const written = readText(reference);
  const name =
    written && written !== 'unknown' ? written : reference?.kind === 'unknown' ? reference.reason : '?';
  return { key: `tf:${rule.meta.root ?? ''}:${rule.meta.module ?? ''}:${name}`, name };
}

/** Two NSGs may share a name in different resource groups; a rule names its group's resource group too. */
function sameResourceGroup(rule: Resource, nsg: Resource): boolean {
  const [ruleGroup, nsgGroup] = [resourceGroupOf(rule), resourceGroupOf(nsg)];
  return ruleGroup === undefined || nsgGroup === undefined || ruleGroup === nsgGroup;
}

function resourceGroupOf(resource: Resource): string | undefined {
  const value = readText(at(resource.body, 'resource_group_name'));
  return value === 'unknown' ? undefined : value;
}
