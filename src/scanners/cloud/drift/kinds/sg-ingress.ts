import { child } from '../../../iac/model/node';
import { declaredString, declaredValue } from '../declared/declared-values';
import type { DeclaredResource } from '../declared/declared-infrastructure';
import type { DriftContext, SettingDiff } from '../drift-context';
import type { LiveCandidate } from '../matcher';
import type { LiveGroup } from './security-group';
import {
  declaredPermissions,
  livePermissions,
  permissionKey,
  portKey,
  type DeclaredPermission,
  type Permission,
} from './sg-permissions';

export interface GroupedRules {
  /** Security group address -> the rule resources that add to it. */
  byGroup: Map<string, DeclaredResource[]>;
  /** Rules on a live group the project does not declare: only their own presence can be checked. */
  external: { rule: DeclaredResource; group: LiveGroup }[];
}

/** Assigns each separate rule resource to its group: by reference to a declared group, or by the group id. */
export function groupRules(
  context: DriftContext,
  rules: DeclaredResource[],
  liveIds: Map<string, LiveGroup>,
  all: LiveCandidate<LiveGroup>[],
): GroupedRules {
  const declaredGroups = new Set(context.ofType('aws_security_group').map((group) => group.address));
  const grouped: GroupedRules = { byGroup: new Map(), external: [] };
  const add = (address: string, rule: DeclaredResource) =>
    grouped.byGroup.set(address, [...(grouped.byGroup.get(address) ?? []), rule]);
  for (const rule of rules) {
    const reference = (rule.source.references ?? []).find(
      (entry) => entry.attribute === 'security_group_id' && declaredGroups.has(entry.address),
    );
    if (reference) {
      add(reference.address, rule);
      continue;
    }
    const id = declaredString(rule, 'security_group_id');
    if (!id) continue;
    const owner = [...liveIds].find(([, group]) => group.group.GroupId === id);
    if (owner) add(owner[0], rule);
    else {
      const live = all.find((candidate) => candidate.item.group.GroupId === id);
      if (live) grouped.external.push({ rule, group: live.item });
    }
  }
  return grouped;
}

/**
 * Compares a group's live ingress with the declared one (inline blocks and separate rules). `exclusive`: the
 * project declares the group, so a live opening it does not declare is drift (and less secure).
 */
export function compareIngress(
  context: DriftContext,
  owner: DeclaredResource,
  live: LiveGroup,
  rules: DeclaredResource[],
  liveIds: Map<string, LiveGroup>,
  exclusive: boolean,
): void {
  const declared = declaredIngress(owner, live, rules, liveIds);
  if (!declared) return;
  const inline = owner.type === 'aws_security_group' ? child(owner.source.body, 'ingress') : undefined;
  if (exclusive && !inline && rules.length === 0) return;
  const groups = new Map<string, { declared: DeclaredPermission[]; live: Permission[] }>();
  const slot = (permission: Permission) => {
    const key = portKey(permission);
    let entry = groups.get(key);
    if (!entry) groups.set(key, (entry = { declared: [], live: [] }));
    return entry;
  };
  for (const permission of declared) slot(permission).declared.push(permission);
  for (const permission of livePermissions(live.group)) slot(permission).live.push(permission);
  const diffs: SettingDiff[] = [];
  for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const declaredKeys = new Set(group.declared.map(permissionKey));
    const liveKeys = new Set(group.live.map(permissionKey));
    const extra = exclusive ? group.live.filter((entry) => !declaredKeys.has(permissionKey(entry))) : [];
    const absent = group.declared.filter((entry) => !liveKeys.has(permissionKey(entry)));
    if (extra.length === 0 && absent.length === 0) continue;
    const anchor = absent[0] ?? group.declared[0];
    diffs.push({
      setting: `ingress ${key}`,
      declared: describeSources(group.declared),
      live: exclusive
        ? describeSources(group.live)
        : `missing ${absent.map((entry) => entry.source).join(', ')}`,
      lessSecure: extra.length > 0,
      ...(anchor?.node ? { node: anchor.node, declaredIn: anchor.holder } : inline ? { node: inline } : {}),
    });
  }
  context.drifted(owner, live.arn, diffs);
}

function declaredIngress(
  owner: DeclaredResource,
  live: LiveGroup,
  rules: DeclaredResource[],
  liveIds: Map<string, LiveGroup>,
): DeclaredPermission[] | undefined {
  const ownId = live.group.GroupId;
  const permissions: DeclaredPermission[] = [];
  const resolver = (holder: DeclaredResource) => (attribute: string) => {
    const reference = (holder.source.references ?? []).find((entry) => entry.attribute === attribute);
    return reference ? liveIds.get(reference.address)?.group.GroupId : undefined;
  };
  if (owner.type === 'aws_security_group' && child(owner.source.body, 'ingress')) {
    const blocks = declaredValue(owner, 'ingress');
    if (blocks.kind !== 'known' || !Array.isArray(blocks.value)) return undefined;
    for (let index = 0; index < blocks.value.length; index++) {
      const found = declaredPermissions(owner, 'inline', `ingress.${index}.`, () => undefined, ownId);
      if (!found) return undefined;
      permissions.push(...found);
    }
  }
  for (const rule of rules) {
    if (rule.type === 'aws_security_group_rule') {
      const kind = declaredValue(rule, 'type');
      if (kind.kind !== 'known') return undefined;
      if (kind.value !== 'ingress') continue;
    }
    const style = rule.type === 'aws_vpc_security_group_ingress_rule' ? 'vpc-rule' : 'rule';
    const found = declaredPermissions(rule, style, '', resolver(rule), ownId);
    if (!found) return undefined;
    permissions.push(...found);
  }
  return permissions;
}

function describeSources(permissions: readonly Permission[]): string {
  const sources = [...new Set(permissions.map((permission) => permission.source))].sort();
  return sources.length > 0 ? `open from ${sources.join(', ')}` : 'closed';
}
