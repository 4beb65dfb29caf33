import type { SourceRange } from '../../../core/location';

/**
 * The common value tree every IaC parser produces. Each node keeps its source
 * range, and the range of its key when it is a map entry, so a finding can land
 * on the line that declares the attribute.
 */
export type ModelNode = ScalarNode | MapNode | ListNode | UnknownNode;

interface NodeBase {
  range: SourceRange;
  /** The key's range when this node is the value of a map entry. */
  keyRange?: SourceRange;
}

export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  value: string | number | boolean | null;
}

export interface MapNode extends NodeBase {
  kind: 'map';
  entries: Map<string, ModelNode>;
}

export interface ListNode extends NodeBase {
  kind: 'list';
  items: ModelNode[];
}

/** A value that cannot be known before apply: an unset variable, a remote output, a function of either. */
export interface UnknownNode extends NodeBase {
  kind: 'unknown';
  /** What it depends on, e.g. `var.bucket_name`. */
  reason: string;
  /** Addresses of the resources the value comes from (`aws_s3_bucket.logs`, a CloudFormation logical id). */
  refersTo?: string[];
}

export type Path = string | number | readonly (string | number)[];

const splitPaths = new Map<string, readonly string[]>();
const MAX_CACHED_PATHS = 10_000;

/** `a.b.0.c` split at the dots, remembered: rules read the same few paths on every resource. */
function pathParts(path: string): readonly string[] {
  let parts = splitPaths.get(path);
  if (parts === undefined) {
    parts = path.split('.');
    if (splitPaths.size < MAX_CACHED_PATHS) splitPaths.set(path, parts);
  }
  return parts;
}

/** A list index written as digits only (`0`, `12`), else NaN. */
function indexOf(part: string | number): number {
  if (typeof part === 'number') return part;
  if (part.length === 0) return NaN;
  for (let index = 0; index < part.length; index++) {
    const code = part.charCodeAt(index);
    if (code < 48 || code > 57) return NaN;
  }
  return Number(part);
}

function step(current: ModelNode, part: string | number): ModelNode | undefined {
  if (current.kind === 'map') return current.entries.get(String(part));
  if (current.kind === 'list') {
    const index = indexOf(part);
    return Number.isInteger(index) ? current.items[index] : undefined;
  }
  return current.kind === 'unknown' ? current : undefined;
}

/** Follows a path of keys and list indexes; `a.b.0.c` or `['a', 'b', 0, 'c']`. Undefined when absent. */
export function child(node: ModelNode | undefined, path: Path): ModelNode | undefined {
  if (!node) return undefined;
  if (typeof path === 'number') return step(node, path);
  if (typeof path === 'string' && !path.includes('.')) return step(node, path);
  const parts = typeof path === 'string' ? pathParts(path) : path;
  let current: ModelNode | undefined = node;
  for (const part of parts) {
    if (!current) return undefined;
    if (current.kind === 'unknown') return current;
    current = step(current, part);
  }
  return current;
}

export function isUnknown(node: ModelNode | undefined): node is UnknownNode {
  return node?.kind === 'unknown';
}

export function str(node: ModelNode | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

export function num(node: ModelNode | undefined): number | undefined {
  if (node?.kind !== 'scalar') return undefined;
  if (typeof node.value === 'number') return node.value;
  if (typeof node.value === 'string' && /^-?\d+(\.\d+)?$/.test(node.value.trim())) return Number(node.value);
  return undefined;
}

/** true/false, also from the strings "true"/"false" that templates and JSON often carry. */
export function bool(node: ModelNode | undefined): boolean | undefined {
  if (node?.kind !== 'scalar') return undefined;
  if (typeof node.value === 'boolean') return node.value;
  if (typeof node.value === 'string') {
    const text = node.value.trim().toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
  }
  return undefined;
}

export function items(node: ModelNode | undefined): ModelNode[] {
  return node?.kind === 'list' ? node.items : [];
}

export function entries(node: ModelNode | undefined): [string, ModelNode][] {
  return node?.kind === 'map' ? [...node.entries] : [];
}

export function isMap(node: ModelNode | undefined): node is MapNode {
  return node?.kind === 'map';
}

/** The scalar as text (numbers and booleans too), for comparisons that do not care about the type. */
export function text(node: ModelNode | undefined): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined;
  return String(node.value);
}

/** Strings of a list, or a single string as a one-item list. */
export function strings(node: ModelNode | undefined): string[] {
  if (node?.kind === 'list')
    return node.items.map(text).filter((value): value is string => value !== undefined);
  const single = text(node);
  return single === undefined ? [] : [single];
}

/** The range a finding about this node should point at: the key's line for map entries. */
export function anchorRange(node: ModelNode): SourceRange {
  return node.keyRange ?? node.range;
}

/** Converts to plain JSON-like data; unknowns become undefined. For rules that need a whole document (policies). */
export function toPlain(node: ModelNode | undefined, depth = 0): unknown {
  if (!node || depth > 200) return undefined;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'unknown':
      return undefined;
    case 'list':
      return node.items.map((item) => toPlain(item, depth + 1));
    case 'map':
      // fromEntries defines own properties, so a key named __proto__ stays a key.
      return Object.fromEntries(Array.from(node.entries, ([key, value]) => [key, toPlain(value, depth + 1)]));
  }
}
