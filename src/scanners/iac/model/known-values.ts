import type { ModelNode } from './node';

/** A setting as a rule needs it: the value, 'unknown' when known only at deploy time, undefined when not written. */
export type Known<T> = T | 'unknown' | undefined;

/** true/false (also from the strings "true"/"false"), 'unknown' for deploy-time or other values. */
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

/** The scalar as text, 'unknown' for a deploy-time or structured value, undefined when not written or null. */
export function readText(node: ModelNode | undefined): Known<string> {
  if (!node) return undefined;
  if (node.kind !== 'scalar') return 'unknown';
  return node.value === null ? undefined : String(node.value);
}

/** A number, 'unknown' for deploy-time or non-numeric values, undefined when not written. */
export function readNumber(node: ModelNode | undefined): Known<number> {
  const value = readText(node);
  if (value === undefined || value === 'unknown') return value;
  return /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : 'unknown';
}

/** The strings of a list or a single string; `unknown` is set when any part is known only at deploy time. */
export function readStrings(node: ModelNode | undefined): {
  values: { value: string; node: ModelNode }[];
  unknown: boolean;
} {
  if (!node) return { values: [], unknown: false };
  const values: { value: string; node: ModelNode }[] = [];
  let unknown = false;
  for (const item of node.kind === 'list' ? node.items : [node]) {
    const value = readText(item);
    if (value === 'unknown') unknown = true;
    else if (value !== undefined) values.push({ value, node: item });
  }
  return { values, unknown };
}
