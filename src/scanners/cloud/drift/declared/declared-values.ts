import { child, isUnknown, toPlain, type ModelNode } from '../../../iac/model/node';
import type { DeclaredResource } from './declared-infrastructure';

/**
 * A declared setting: what the code says, or, when the code's value is known only after apply, what the
 * state recorded at the last apply. `absent` means neither sets it (the provider's default applies).
 */
export type DeclaredValue =
  { kind: 'known'; value: unknown; node: ModelNode | undefined } | { kind: 'absent' } | { kind: 'unknown' };

/** Reads `path` (`versioning_configuration.0.status`) of a declaration, the code first, then the state. */
export function declaredValue(resource: DeclaredResource, path: string): DeclaredValue {
  const node = child(resource.source.body, path);
  if (node && !isUnknown(node) && !containsUnknown(node, 0))
    return { kind: 'known', value: toPlain(node), node };
  const recorded = stateValue(resource.state, path);
  // Left out of the code but in the state: the provider's default as applied, which the code declares in effect.
  if (node === undefined)
    return recorded === undefined ? { kind: 'absent' } : { kind: 'known', value: recorded, node: undefined };
  return recorded === undefined ? { kind: 'unknown' } : { kind: 'known', value: recorded, node };
}

/** A literal string of the code or the state, else undefined (unknown or absent). */
export function declaredString(resource: DeclaredResource, path: string): string | undefined {
  const value = declaredValue(resource, path);
  return value.kind === 'known' && typeof value.value === 'string' && value.value !== ''
    ? value.value
    : undefined;
}

/** What the state recorded at `path`, with nested blocks as lists of objects as in the code. */
export function stateValue(state: Record<string, unknown> | undefined, path: string): unknown {
  let current: unknown = state;
  for (const part of path.split('.')) {
    if (current === null || current === undefined) return undefined;
    if (Array.isArray(current)) current = /^\d+$/.test(part) ? current[Number(part)] : undefined;
    else if (typeof current === 'object') current = (current as Record<string, unknown>)[part];
    else return undefined;
  }
  return current === null ? undefined : current;
}

function containsUnknown(node: ModelNode, depth: number): boolean {
  if (depth > 64) return true;
  if (node.kind === 'unknown') return true;
  if (node.kind === 'list') return node.items.some((item) => containsUnknown(item, depth + 1));
  if (node.kind === 'map')
    return [...node.entries.values()].some((value) => containsUnknown(value, depth + 1));
  return false;
}
