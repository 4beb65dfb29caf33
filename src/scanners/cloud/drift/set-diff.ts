import { declaredValue } from './declared/declared-values';
import type { DeclaredResource } from './declared/declared-infrastructure';
import type { SettingDiff } from './drift-recorder';

/** A list setting compared as a set (source ranges, allowed ports, authorised networks). */
export interface SetSpec {
  /** Path in the resource; the last part that is not an index names it in messages. */
  path: string;
  /** The entries of the declared value, or undefined when its shape is not understood (then not compared). */
  entries(declared: unknown): string[] | undefined;
  /** The live entries; undefined: not readable, not compared. */
  live: string[] | undefined;
  /** The entries the code implies when it leaves the setting out; undefined: not compared then. */
  default?: string[];
  /** Whether the declared entries allow at least what `entry` allows; plain membership unless told. */
  covers?: (declared: readonly string[], entry: string) => boolean;
  /** The setting's name in messages, when not the path's last part. */
  label?: string;
}

/**
 * A set that differs between code and live; less secure when a live entry allows something no declared
 * entry allows (a wider source, another port), as strict otherwise (an entry was removed).
 */
export function compareSet(resource: DeclaredResource, spec: SetSpec): SettingDiff | undefined {
  if (spec.live === undefined) return undefined;
  const declared = declaredValue(resource, spec.path);
  if (declared.kind === 'unknown') return undefined;
  if (declared.kind === 'absent' && spec.default === undefined) return undefined;
  const want = declared.kind === 'known' ? spec.entries(declared.value) : spec.default;
  if (want === undefined) return undefined;
  const wanted = [...new Set(want)].sort();
  const have = [...new Set(spec.live)].sort();
  if (wanted.length === have.length && wanted.every((entry, index) => entry === have[index]))
    return undefined;
  const covers = spec.covers ?? ((list: readonly string[], entry: string) => list.includes(entry));
  return {
    setting:
      spec.label ??
      spec.path
        .split('.')
        .filter((part) => !/^\d+$/.test(part))
        .join('.'),
    declared: describeSet(wanted),
    live: describeSet(have),
    lessSecure: have.some((entry) => !covers(wanted, entry)),
    ...(declared.kind === 'known' && declared.node ? { node: declared.node } : {}),
  };
}

function describeSet(entries: readonly string[]): string {
  return entries.length === 0 ? 'empty' : `[${entries.join(', ')}]`;
}

/** A list of strings, or undefined when the value is not one. */
export function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.every((entry) => typeof entry === 'string') ? (value as string[]) : undefined;
}

/** One field of each object of a list (`authorized_networks[*].value`), or undefined when any is not a string. */
export function fieldList(value: unknown, field: string): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const result: string[] = [];
  for (const entry of value) {
    const item =
      typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[field] : undefined;
    if (typeof item !== 'string') return undefined;
    result.push(item);
  }
  return result;
}
