import type { Known } from '../model/known-values';
import { child, type ModelNode } from '../model/node';
import type { Resource } from '../model/resource';
import * as knownValues from '../model/known-values';

/** Re-exported as plain values: `export { ... } from` compiles to a getter, which every call from a rule would run. */
export const { readBool, readNumber, readStrings, readText } = knownValues;

/** How a resource spells its settings: Terraform arguments, CloudFormation properties, or a bare policy document. */
export type AwsFlavour = 'terraform' | 'cloudformation' | 'policy';

export function flavour(resource: Resource): AwsFlavour {
  if (resource.format === 'cloudformation') return 'cloudformation';
  if (resource.format === 'iam-policy') return 'policy';
  return 'terraform';
}

export function isCloudFormation(resource: Resource): boolean {
  return resource.format === 'cloudformation';
}

/** The map a rule reads: Terraform arguments, CloudFormation `Properties`, or the standalone document. */
export function properties(resource: Resource): ModelNode | undefined {
  return resource.format === 'cloudformation' ? child(resource.body, 'Properties') : resource.body;
}

/**
 * Follows a dotted path. Terraform nested blocks are lists of maps; a name segment
 * applied to such a list enters its first block, so `metadata_options.http_tokens`
 * reads the same way whether the block is written once or indexed.
 */
export function at(node: ModelNode | undefined, path: string): ModelNode | undefined {
  let current = node;
  for (const part of segments(path)) {
    if (!current || current.kind === 'unknown') return current;
    current = stepInto(current, part);
  }
  return current;
}

/** One segment of `at`; a name applied to a list of blocks enters the first block. */
function stepInto(node: ModelNode, part: string): ModelNode | undefined {
  const current = node.kind === 'list' && !isIndex(part) ? node.items[0] : node;
  if (!current || current.kind === 'unknown') return current;
  return child(current, part);
}

const pathSegments = new Map<string, readonly string[]>();

/** The dotted path split once: views read the same few paths on every resource. */
function segments(path: string): readonly string[] {
  let parts = pathSegments.get(path);
  if (parts === undefined) {
    parts = path.split('.');
    if (pathSegments.size < 10_000) pathSegments.set(path, parts);
  }
  return parts;
}

function isIndex(part: string): boolean {
  if (part.length === 0) return false;
  for (let index = 0; index < part.length; index++) {
    const code = part.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** The entries of a list (Terraform blocks, CloudFormation lists), or a single map as one entry. */
export function entriesOf(node: ModelNode | undefined): ModelNode[] {
  if (node?.kind === 'list') return node.items;
  if (node?.kind === 'map') return [node];
  return [];
}

/** A value a rule reads, with where it is and how the user spelled it. */
export interface Setting {
  resource: Resource;
  /** The value, undefined when not written. */
  node: ModelNode | undefined;
  /** The deepest enclosing node that is written, for findings about a missing value. */
  anchor: ModelNode | undefined;
  /** The argument or property path in the resource's own spelling: `versioning_configuration.status`, `VersioningConfiguration.Status`. */
  name: string;
}

/** Reads a setting under its Terraform path or its CloudFormation path, whichever the resource uses. */
export function setting(resource: Resource, terraformPath: string, cloudFormationPath: string): Setting {
  const name = isCloudFormation(resource) ? cloudFormationPath : terraformPath;
  return settingAt(resource, properties(resource), name);
}

/** A setting of the resource's own map, by a path in its own spelling. */
export function prop(resource: Resource, path: string): Setting {
  return settingAt(resource, properties(resource), path);
}

/** A setting below some node of the resource (a block, a list entry). */
export function settingAt(
  resource: Resource,
  base: ModelNode | undefined,
  path: string,
  namePrefix = '',
): Setting {
  // One walk gives every prefix of the path: the anchor is the deepest written one before the last segment.
  const parts = segments(path);
  let anchor: ModelNode | undefined;
  let current = base;
  for (let index = 0; index < parts.length; index++) {
    if (!current || current.kind === 'unknown') break;
    if (index > 0) anchor = current;
    current = stepInto(current, parts[index]!);
  }
  return { resource, node: current, anchor, name: namePrefix ? `${namePrefix}.${path}` : path };
}

/** The node a finding about this setting should point at: the value, else its closest written parent, else the resource. */
export function flagNode(value: Setting): ModelNode | undefined {
  return value.node ?? value.anchor;
}

/** How a message names a resource: the Terraform address, or the CloudFormation logical id and type. */
export function label(resource: Resource): string {
  if (resource.format === 'cloudformation') return `${resource.address} (${resource.type})`;
  if (resource.format === 'iam-policy') return `policy ${resource.file}`;
  return resource.address;
}

/**
 * Settings along a path whose `*` segments iterate the entries of a list (Terraform
 * blocks, CloudFormation lists): `ingress.*.cidr_blocks`, `BlockDeviceMappings.*.Ebs.Encrypted`.
 * The names carry the index in CloudFormation (`BlockDeviceMappings[1].Ebs.Encrypted`).
 */
export function settingsAlong(resource: Resource, path: string): Setting[] {
  const [head, ...rest] = path.split('.*.');
  const expand = (
    base: ModelNode | undefined,
    first: string,
    remaining: string[],
    prefix: string,
  ): Setting[] => {
    if (remaining.length === 0) return [settingAt(resource, base, first, prefix)];
    const list = at(base, first);
    const name = prefix ? `${prefix}.${first}` : first;
    return entriesOf(list).flatMap((entry, index) =>
      expand(
        entry,
        remaining[0]!,
        remaining.slice(1),
        isCloudFormation(resource) ? `${name}[${index}]` : name,
      ),
    );
  };
  return expand(properties(resource), head!, rest, '');
}

export type Tri = Known<boolean>;
