import { declaredString, declaredValue } from './declared/declared-values';
import type { DeclaredResource } from './declared/declared-infrastructure';

/** How a declaration can be recognised live: the state's id, a literal name or prefix, its tags. */
export interface Identity {
  /** From the state (`id`, `arn`): certain. */
  ids: string[];
  name?: string;
  prefix?: string;
  /** A weak name (a key's description): it matches when exactly one live resource has it, never proves absence. */
  label?: string;
  tags?: Record<string, string>;
}

/** A live resource as the matcher sees it. */
export interface LiveCandidate<L> {
  item: L;
  /** Every id it answers to (id, ARN). */
  ids: string[];
  name?: string;
  label?: string;
  tags?: Record<string, string>;
  region?: string;
}

export type MatchResult<L> =
  | { kind: 'matched'; candidate: LiveCandidate<L> }
  /** The identity is certain (state id, literal name) and nothing live has it. */
  | { kind: 'missing'; by: string }
  /** Not enough is known, or several live resources fit: left alone, never guessed. */
  | { kind: 'unknown' };

export interface IdentityPaths {
  /** State attributes holding ids (`id`, `arn`, `key_id`). */
  ids: readonly string[];
  name?: string;
  prefix?: string;
  label?: string;
  tags?: string;
}

export function identityOf(resource: DeclaredResource, paths: IdentityPaths): Identity {
  const ids = paths.ids
    .map((path) => resource.state?.[path])
    .filter((value): value is string => typeof value === 'string' && value !== '');
  const name = paths.name ? declaredString(resource, paths.name) : undefined;
  const prefix = paths.prefix ? declaredString(resource, paths.prefix) : undefined;
  const label = paths.label ? declaredString(resource, paths.label) : undefined;
  const tags = paths.tags ? declaredTags(resource, paths.tags) : undefined;
  return {
    ids,
    ...(name ? { name } : {}),
    ...(prefix ? { prefix } : {}),
    ...(label ? { label } : {}),
    ...(tags ? { tags } : {}),
  };
}

/** Finds the live resource of a declaration: by id, else by name, prefix or tags when exactly one fits. */
export function matchLive<L>(identity: Identity, candidates: readonly LiveCandidate<L>[]): MatchResult<L> {
  if (identity.ids.length > 0) {
    const found = candidates.find((candidate) => candidate.ids.some((id) => identity.ids.includes(id)));
    return found ? { kind: 'matched', candidate: found } : { kind: 'missing', by: identity.ids[0]! };
  }
  if (identity.name !== undefined) {
    const name = identity.name;
    const found = candidates.filter((candidate) => candidate.name === name);
    if (found.length === 1) return { kind: 'matched', candidate: found[0]! };
    return found.length === 0 ? { kind: 'missing', by: name } : { kind: 'unknown' };
  }
  if (identity.prefix !== undefined) {
    const prefix = identity.prefix;
    return unique(candidates.filter((candidate) => candidate.name?.startsWith(prefix)));
  }
  if (identity.label !== undefined) {
    const label = identity.label;
    return unique(candidates.filter((candidate) => candidate.label === label));
  }
  const tags = identity.tags;
  if (tags && Object.keys(tags).length > 0)
    return unique(
      candidates.filter((candidate) =>
        Object.entries(tags).every(([key, value]) => candidate.tags?.[key] === value),
      ),
    );
  return { kind: 'unknown' };
}

function unique<L>(found: LiveCandidate<L>[]): MatchResult<L> {
  return found.length === 1 ? { kind: 'matched', candidate: found[0]! } : { kind: 'unknown' };
}

/** Tags as a map of known strings, or undefined when absent or partly unknown. */
function declaredTags(resource: DeclaredResource, path: string): Record<string, string> | undefined {
  const value = declaredValue(resource, path);
  if (value.kind !== 'known' || typeof value.value !== 'object' || value.value === null) return undefined;
  const tags: Record<string, string> = {};
  for (const [key, tag] of Object.entries(value.value as Record<string, unknown>)) {
    if (typeof tag !== 'string') return undefined;
    tags[key] = tag;
  }
  return tags;
}

/** AWS tags (`[{ Key, Value }]`) as a map. */
export function tagMap(
  tags: readonly { Key?: string; Value?: string }[] | undefined,
): Record<string, string> {
  const map: Record<string, string> = {};
  for (const tag of tags ?? []) if (tag.Key !== undefined) map[tag.Key] = tag.Value ?? '';
  return map;
}
