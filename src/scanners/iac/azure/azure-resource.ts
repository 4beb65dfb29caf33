import type { Known } from '../model/known-values';
import type { IacModel } from '../model/iac-model';
import type { MapNode, ModelNode } from '../model/node';
import type { Resource } from '../model/resource';
import * as knownValues from '../model/known-values';

/** Re-exported as plain values: `export { ... } from` compiles to a getter, which every call from a rule would run. */
export const { readBool, readNumber, readText } = knownValues;

/**
 * How an Azure resource spells its settings. ARM property names are
 * case-insensitive (`minimumTlsVersion` and `MinimumTlsVersion` are the same);
 * Terraform arguments are snake_case and nested blocks are lists of maps.
 */
export function isArm(resource: Resource): boolean {
  return resource.format === 'arm';
}

/** The Terraform and ARM types a view reads; either list may be empty. */
export interface AzureTypes {
  terraform: readonly string[];
  arm: readonly string[];
}

/** Resources of the given types in both formats. ARM types compare case-insensitively, as Azure does. */
export function azureResources(model: IacModel, types: AzureTypes): readonly Resource[] {
  const terraform = types.terraform.length ? model.ofTypes(types.terraform) : [];
  if (!types.arm.length) return terraform;
  const byType = armResourcesByType(model);
  let arm: Resource[];
  if (types.arm.length === 1) arm = (byType.get(types.arm[0]!.toLowerCase()) ?? []).filter(deployed);
  else {
    const wanted = new Set(types.arm.map((type) => type.toLowerCase()));
    arm = armResources(model).filter(
      (resource) => wanted.has(resource.type.toLowerCase()) && deployed(resource),
    );
  }
  return [...terraform, ...arm];
}

/** The ARM resources of the scan, in model order. */
export function armResources(model: IacModel): readonly Resource[] {
  return model.ofFormat('arm');
}

/** ARM resources by lower-cased type, in model order. */
export function armResourcesByType(model: IacModel): Map<string, Resource[]> {
  return model.view('azure:arm-resources-by-type', () => {
    const byType = new Map<string, Resource[]>();
    for (const resource of armResources(model)) {
      const type = resource.type.toLowerCase();
      const list = byType.get(type);
      if (list) list.push(resource);
      else byType.set(type, [resource]);
    }
    return byType;
  });
}

/** An ARM resource whose `condition` is known to be false is not deployed at all. */
function deployed(resource: Resource): boolean {
  const condition = resource.body.entries.get('condition');
  return condition === undefined || readBool(condition) !== false;
}

/** A map entry by key; for ARM documents a key differing only in case matches too. */
export function entry(node: MapNode, key: string): ModelNode | undefined {
  const exact = node.entries.get(key);
  if (exact) return exact;
  const lower = key.toLowerCase();
  for (const [name, value] of node.entries) if (name.toLowerCase() === lower) return value;
  return undefined;
}

/**
 * Follows a dotted path. A name segment applied to a list enters its first item,
 * so a Terraform block reads the same whether written once or as a list.
 * An unknown value on the way is returned as is: whatever lies below it is unknown too.
 */
export function at(node: ModelNode | undefined, path: string): ModelNode | undefined {
  let current = node;
  for (const part of path.split('.')) {
    if (!current || current.kind === 'unknown') return current;
    if (current.kind === 'list') {
      if (/^\d+$/.test(part)) {
        current = current.items[Number(part)];
        continue;
      }
      current = current.items[0];
      if (!current || current.kind === 'unknown') return current;
    }
    if (current.kind !== 'map') return undefined;
    current = entry(current, part);
  }
  return current;
}

/** A value a rule reads, with where it is and how the user spelled it in that format. */
export interface Setting {
  resource: Resource;
  /** The value, undefined when not written. */
  node: ModelNode | undefined;
  /** The deepest written parent, for findings about a value that is missing. */
  anchor: ModelNode | undefined;
  /** The argument or property path as written in the resource's format: `min_tls_version`, `properties.minimumTlsVersion`. */
  name: string;
}

/** Paths of one setting in each format; Terraform may list several names (provider versions renamed some). */
export interface SettingPaths {
  terraform?: string | readonly string[];
  arm?: string;
}

/** `public_network_access_enabled` / `publicNetworkAccess`: spelled the same on every service that has it. */
export const PUBLIC_NETWORK_ACCESS = {
  terraform: 'public_network_access_enabled',
  arm: 'properties.publicNetworkAccess',
} satisfies SettingPaths;

/** Public network access switched off (Terraform `false`, ARM `Disabled`): network rules then no longer matter. */
export function publicNetworkDisabled(resource: Resource): boolean {
  const value = setting(resource, PUBLIC_NETWORK_ACCESS).node;
  return isArm(resource)
    ? same(readText(value) as string | undefined, 'Disabled')
    : readBool(value) === false;
}

/** Reads a setting of a resource under the path its format uses. */
export function setting(
  resource: Resource,
  paths: SettingPaths,
  base: ModelNode | undefined = resource.body,
): Setting {
  const candidates = isArm(resource) ? [paths.arm] : [paths.terraform].flat();
  const names = candidates.filter((name): name is string => typeof name === 'string');
  if (names.length === 0) return { resource, node: undefined, anchor: undefined, name: '' };
  const written = names.find((name) => at(base, name) !== undefined) ?? names[0]!;
  return { resource, node: at(base, written), anchor: anchorOf(base, written), name: written };
}

function anchorOf(base: ModelNode | undefined, path: string): ModelNode | undefined {
  const parts = path.split('.');
  for (let length = parts.length - 1; length > 0; length--) {
    const found = at(base, parts.slice(0, length).join('.'));
    if (found && found.kind !== 'unknown') return found;
  }
  return undefined;
}

/** The node a finding about a setting points at: the value, else its closest written parent, else the resource. */
export function flagNode(value: Setting): ModelNode | undefined {
  return value.node ?? value.anchor;
}

/** How a message names a resource: the Terraform address, or the ARM type and name. */
export function label(resource: Resource): string {
  if (isArm(resource)) return `${resource.type} "${resource.meta.name ?? resource.address}"`;
  return resource.address;
}

/** Whether a value is written and not empty (an empty string, list or map counts as not set). */
export function isSet(node: ModelNode | undefined): boolean | 'unknown' {
  if (!node) return false;
  switch (node.kind) {
    case 'unknown':
      return 'unknown';
    case 'scalar':
      return node.value !== null && node.value !== '';
    case 'list':
      return node.items.length > 0;
    case 'map':
      return node.entries.size > 0;
  }
}

/** The items of a list (Terraform blocks, ARM arrays), or a single map as one item. */
export function itemsOf(node: ModelNode | undefined): ModelNode[] {
  if (node?.kind === 'list') return node.items;
  if (node?.kind === 'map') return [node];
  return [];
}

/** Compares case-insensitively, as Azure compares enum values. */
export function same(value: string | undefined, expected: string): boolean {
  return value !== undefined && value.toLowerCase() === expected.toLowerCase();
}

/** How a message quotes a setting: `min_tls_version is "TLS1_0"`, `properties.httpsOnly is not set`. */
export function describeSetting(value: Setting): string {
  const node = value.node;
  if (!node) return `${value.name} is not set`;
  if (node.kind === 'scalar')
    return `${value.name} is ${typeof node.value === 'string' ? JSON.stringify(node.value) : String(node.value)}`;
  if (node.kind === 'list' && node.items.length === 0) return `${value.name} is empty`;
  return `${value.name} is set`;
}

export type Tri = Known<boolean>;
