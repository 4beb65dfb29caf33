import { declaredValue } from './declared/declared-values';
import type { DeclaredResource } from './declared/declared-infrastructure';
import type { SettingDiff } from './drift-context';

/** One setting to compare: its Terraform attribute, the provider's default and the live value. */
export interface SettingSpec {
  /** Path in the resource (`versioning_configuration.0.status`); the last part names it in messages. */
  path: string;
  /** The value Terraform applies when the code leaves the attribute out; undefined: not compared then. */
  default?: unknown;
  /** The live value, already in the declared value's terms; undefined: not readable, not compared. */
  live: unknown;
  /** Maps a value to its declared spelling before comparing (`'Disabled'` and `'Off'` are one state). */
  normalise?: (value: unknown) => unknown;
  /** Higher is stricter: a live value lower than the declared one is less secure. */
  strictness?: (value: unknown) => number;
}

export const BOOLEAN_STRICTNESS = (value: unknown): number => (value === true ? 1 : 0);

/** The settings whose live value differs from the declared one; unknown declared values are skipped. */
export function compareSettings(resource: DeclaredResource, specs: readonly SettingSpec[]): SettingDiff[] {
  const diffs: SettingDiff[] = [];
  for (const spec of specs) {
    if (spec.live === undefined) continue;
    const declared = declaredValue(resource, spec.path);
    if (declared.kind === 'unknown') continue;
    if (declared.kind === 'absent' && spec.default === undefined) continue;
    const normalise = spec.normalise ?? ((value: unknown) => value);
    const want = normalise(declared.kind === 'known' ? declared.value : spec.default);
    const have = normalise(spec.live);
    if (sameValue(want, have)) continue;
    diffs.push({
      setting: spec.path
        .split('.')
        .filter((part) => !/^\d+$/.test(part))
        .join('.'),
      declared: describeValue(want),
      live: describeValue(have),
      lessSecure: spec.strictness ? spec.strictness(have) < spec.strictness(want) : false,
      ...(declared.kind === 'known' && declared.node ? { node: declared.node } : {}),
    });
  }
  return diffs;
}

/** Booleans and numbers also match their string spellings (`"true"`, `"14"`), as Terraform converts them. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || a === null || b === undefined || b === null) return false;
  return typeof a !== 'object' && typeof b !== 'object' && String(a) === String(b);
}

export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'not set';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** A boolean from the code's or state's value, which may be spelled as a string. */
export function asBoolean(value: unknown): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

export function asNumber(value: unknown): unknown {
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  return value;
}
