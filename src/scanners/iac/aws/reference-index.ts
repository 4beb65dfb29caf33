/**
 * Resources of one type and scope, looked up by the strings that select them. Joins used to
 * scan every candidate of the scope for every target; an index built once per type turns
 * each join into a few map lookups. Keys are filed in numbered spaces (references apart from
 * literal names, say), so a key is looked up as it is, never as a new prefixed string that would
 * have to be built and hashed on every lookup.
 */
export class ReferenceIndex<T> {
  /** In model order: lookups return matches in this order. */
  readonly candidates: T[] = [];
  private readonly spaces: Map<string, number[]>[] = [];

  /** Adds a candidate; returns its position for `addKey`. */
  add(candidate: T): number {
    this.candidates.push(candidate);
    return this.candidates.length - 1;
  }

  addKey(key: string, position: number, space = 0): void {
    const byKey = (this.spaces[space] ??= new Map());
    const list = byKey.get(key);
    if (!list) byKey.set(key, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  }

  has(key: string, space = 0): boolean {
    return this.spaces[space]?.has(key) ?? false;
  }

  /**
   * The candidates filed under any of the keys, once each, in model order. Each key is looked up
   * in the space at the same place of `spaces` (space 0 where there is none).
   */
  lookup(keys: readonly string[], spaces?: readonly number[]): T[] {
    let first: number[] | undefined;
    let more: number[] | undefined;
    for (let index = 0; index < keys.length; index++) {
      const list = this.spaces[spaces?.[index] ?? 0]?.get(keys[index]!);
      if (!list) continue;
      if (!first) first = list;
      else more = (more ?? first).concat(list);
    }
    if (!first) return [];
    const positions = more ? [...new Set(more)].sort((a, b) => a - b) : first;
    return positions.map((position) => this.candidates[position]!);
  }
}

/** One index per scope, built lazily from a type's resources. */
export function indexByScope<T>(
  items: readonly T[],
  scopeOf: (item: T) => string,
  keysOf: (item: T, addKey: (key: string, space?: number) => void) => void,
): Map<string, ReferenceIndex<T>> {
  const byScope = new Map<string, ReferenceIndex<T>>();
  for (const item of items) {
    const scope = scopeOf(item);
    let index = byScope.get(scope);
    if (!index) byScope.set(scope, (index = new ReferenceIndex()));
    const position = index.add(item);
    const target = index;
    keysOf(item, (key, space) => target.addKey(key, position, space));
  }
  return byScope;
}
