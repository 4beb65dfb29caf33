/** A set of TCP/UDP ports as sorted, disjoint, inclusive ranges. */
export type PortSet = readonly (readonly [number, number])[];

export const MAX_PORT = 65535;
export const ALL_PORTS: PortSet = [[0, MAX_PORT]];

/**
 * Parses one NSG port expression: `22`, `20-25`, `*`. Undefined when it is not
 * one (a typo or an expression Azure would reject), so callers can stay silent.
 */
export function parsePortRange(text: string): PortSet | undefined {
  const value = text.trim();
  if (value === '*' || value.toLowerCase() === 'any') return ALL_PORTS;
  const match = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(value);
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] === undefined ? from : Number(match[2]);
  if (from > to || to > MAX_PORT) return undefined;
  return [[from, to]];
}

export function union(...sets: PortSet[]): PortSet {
  const ranges = sets.flat().toSorted((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of ranges) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

export function intersect(a: PortSet, b: PortSet): PortSet {
  const result: [number, number][] = [];
  for (const [aFrom, aTo] of a) {
    for (const [bFrom, bTo] of b) {
      const from = Math.max(aFrom, bFrom);
      const to = Math.min(aTo, bTo);
      if (from <= to) result.push([from, to]);
    }
  }
  return union(result);
}

export function subtract(a: PortSet, b: PortSet): PortSet {
  let result: [number, number][] = a.map(([from, to]) => [from, to]);
  for (const [bFrom, bTo] of b) {
    const next: [number, number][] = [];
    for (const [from, to] of result) {
      if (bTo < from || bFrom > to) next.push([from, to]);
      else {
        if (from < bFrom) next.push([from, bFrom - 1]);
        if (to > bTo) next.push([bTo + 1, to]);
      }
    }
    result = next;
  }
  return result;
}

export function isEmpty(set: PortSet): boolean {
  return set.length === 0;
}

export function contains(set: PortSet, port: number): boolean {
  return set.some(([from, to]) => from <= port && port <= to);
}

export function isAllPorts(set: PortSet): boolean {
  return isEmpty(subtract(ALL_PORTS, set));
}

/** `22`, `20-25, 80`, `all ports`: for messages. */
export function describePorts(set: PortSet): string {
  if (isAllPorts(set)) return 'all ports';
  const parts = set.map(([from, to]) => (from === to ? String(from) : `${from}-${to}`));
  return parts.length > 6 ? `${parts.slice(0, 6).join(', ')}, ...` : parts.join(', ');
}

/** Index of the first range of a sorted set that ends at or after `port`. */
function firstEndingFrom(set: readonly (readonly [number, number])[], port: number): number {
  let low = 0;
  let high = set.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (set[middle]![1] < port) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Removes `ranges` from `set` in place and returns the ports removed. `set` must be
 * sorted and disjoint; each step costs a binary search, so evaluating thousands of
 * rules one after another stays fast.
 */
export function take(set: [number, number][], ranges: PortSet): PortSet {
  const taken: [number, number][] = [];
  for (const [from, to] of ranges) {
    let index = firstEndingFrom(set, from);
    while (index < set.length && set[index]![0] <= to) {
      const [start, end] = set[index]!;
      const low = Math.max(start, from);
      const high = Math.min(end, to);
      taken.push([low, high]);
      const pieces: [number, number][] = [];
      if (start < low) pieces.push([start, low - 1]);
      if (end > high) pieces.push([high + 1, end]);
      set.splice(index, 1, ...pieces);
      if (start < low) index++;
    }
  }
  return union(taken);
}
