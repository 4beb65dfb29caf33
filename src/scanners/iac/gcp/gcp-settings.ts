import { child, type ModelNode } from '../model/node';

/** A setting as a rule needs it: the value, 'unknown' when only known at apply time, undefined when not written. */
export type Known<T> = T | 'unknown' | undefined;

/**
 * Follows a dotted path through a google resource's arguments. Nested blocks are
 * lists of maps; a name applied to such a list enters its first block, so
 * `settings.ip_configuration.ssl_mode` reads the same however the blocks are written.
 */
export function at(node: ModelNode | undefined, path: string): ModelNode | undefined {
  let current = node;
  for (const part of path.split('.')) {
    if (!current || current.kind === 'unknown') return current;
    if (current.kind === 'list' && !/^\d+$/.test(part)) current = current.items[0];
    if (!current || current.kind === 'unknown') return current;
    current = child(current, part);
  }
  return current;
}

/** The blocks of a nested block type (or the items of a list); a single map counts as one block. */
export function blocks(node: ModelNode | undefined): ModelNode[] {
  if (node?.kind === 'list') return node.items;
  if (node?.kind === 'map' || node?.kind === 'unknown') return [node];
  return [];
}

export function readBool(node: ModelNode | undefined): Known<boolean> {
  if (!node) return undefined;
  if (node.kind !== 'scalar') return 'unknown';
  if (typeof node.value === 'boolean') return node.value;
  if (typeof node.value === 'string') {
    const text = node.value.trim().toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
  }
  return node.value === null ? undefined : 'unknown';
}

export function readText(node: ModelNode | undefined): Known<string> {
  if (!node) return undefined;
  if (node.kind !== 'scalar') return 'unknown';
  return node.value === null ? undefined : String(node.value);
}

export function readNumber(node: ModelNode | undefined): Known<number> {
  const value = readText(node);
  if (value === undefined || value === 'unknown') return value;
  return /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : 'unknown';
}

/** Strings of a list (or one string); `unknown` tells that some item or the list itself is known only at apply time. */
export function readStrings(node: ModelNode | undefined): {
  values: { value: string; node: ModelNode }[];
  unknown: boolean;
} {
  if (!node) return { values: [], unknown: false };
  if (node.kind === 'unknown' || node.kind === 'map') return { values: [], unknown: true };
  const values: { value: string; node: ModelNode }[] = [];
  let unknown = false;
  for (const item of node.kind === 'list' ? node.items : [node]) {
    const value = readText(item);
    if (value === 'unknown') unknown = true;
    else if (value !== undefined) values.push({ value, node: item });
  }
  return { values, unknown };
}

/**
 * Compute metadata values are strings; GCP reads `TRUE`, `true`, `1`, `yes`
 * (any case) as on and `FALSE`, `false`, `0`, `no` as off.
 */
export function metadataFlag(node: ModelNode | undefined): Known<boolean> {
  const value = readText(node);
  if (value === undefined || value === 'unknown') return value;
  const text = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'y', 'on'].includes(text)) return true;
  if (['false', '0', 'no', 'n', 'off'].includes(text)) return false;
  return 'unknown';
}
