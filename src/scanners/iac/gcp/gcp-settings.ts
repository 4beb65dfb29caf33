import { child, type ModelNode } from '../model/node';
import * as knownValues from '../model/known-values';
import type { Known } from '../model/known-values';

export type { Known } from '../model/known-values';
/** Re-exported as plain values: `export { ... } from` compiles to a getter, which every call from a rule would run. */
export const { readBool, readNumber, readStrings, readText } = knownValues;

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
