import type { NetworkSecurityGroup } from '@azure/arm-network';
import { declaredString, declaredValue } from '../declared/declared-values';
import type { DeclaredResource } from '../declared/declared-infrastructure';
import {
  armCandidates,
  matchDeclarations,
  reportUnmanagedArm,
  type AzureDriftContext,
  type AzureDriftKind,
} from './azure-drift-kind';
import { compareRules, declaredRule, inlineRules, liveRule, type NsgRule } from './nsg-rules';

const TYPE = 'azurerm_network_security_group';
const RULE_TYPE = 'azurerm_network_security_rule';
const RULE_FIELDS = [
  'name',
  'direction',
  'access',
  'protocol',
  'source_address_prefix',
  'source_address_prefixes',
  'destination_port_range',
  'destination_port_ranges',
];

/** Whether a separate rule belongs to the group: by reference, or by literal group name and resource group. */
function belongsTo(
  rule: DeclaredResource,
  group: DeclaredResource,
  live: NetworkSecurityGroup,
): boolean | undefined {
  const references = (rule.source.references ?? []).filter(
    (reference) => reference.attribute === 'network_security_group_name',
  );
  if (references.length > 0) return references.some((reference) => reference.address === group.address);
  const name = declaredString(rule, 'network_security_group_name');
  const resourceGroup = declaredString(rule, 'resource_group_name');
  if (name === undefined || resourceGroup === undefined) return undefined;
  return (
    name.toLowerCase() === live.name?.toLowerCase() &&
    live.id?.toLowerCase().includes(`/resourcegroups/${resourceGroup.toLowerCase()}/`) === true
  );
}

function separateRule(rule: DeclaredResource): NsgRule | undefined {
  const values: Record<string, unknown> = {};
  for (const field of RULE_FIELDS) {
    const value = declaredValue(rule, field);
    if (value.kind === 'unknown') return undefined;
    if (value.kind === 'known') values[field] = value.value;
  }
  const parsed = declaredRule(values);
  return parsed ? { ...parsed, node: rule.source.body, declaredIn: rule } : undefined;
}

/** The rules the code gives a group, inline and separate; undefined when one of them cannot be read. */
function declaredRules(context: AzureDriftContext, group: DeclaredResource, live: NetworkSecurityGroup) {
  let rules = inlineRules(group);
  if (!rules) return undefined;
  for (const rule of context.ofType(RULE_TYPE)) {
    const mine = belongsTo(rule, group, live);
    if (mine === undefined) return undefined;
    if (!mine) continue;
    const parsed = separateRule(rule);
    if (!parsed) return undefined;
    // The state lists separate rules among the group's own; the separate declaration is the one the code shows.
    rules = [...rules.filter((other) => other.name.toLowerCase() !== parsed.name.toLowerCase()), parsed];
  }
  return rules;
}

export const networkSecurityGroupKind: AzureDriftKind = {
  types: [TYPE, RULE_TYPE],
  needs: ['networkSecurityGroups'],
  compare(context) {
    if (context.applied(TYPE).length === 0) return;
    const groups = context.data('networkSecurityGroups', 'network security groups');
    if (!groups) return;
    const candidates = armCandidates(groups);
    const matches = matchDeclarations(context, TYPE, 'network security group', candidates, true);
    for (const { resource, result } of matches) {
      if (result.kind !== 'matched') continue;
      const live = result.candidate.item;
      const declared = declaredRules(context, resource, live);
      const liveRules = (live.securityRules ?? []).map(liveRule);
      if (!declared || liveRules.some((rule) => rule === undefined)) continue;
      context.drifted(resource, live.id!, compareRules(declared, liveRules as NsgRule[]));
    }
    reportUnmanagedArm(context, { label: 'network security group', type: TYPE, matches, candidates });
  },
};
