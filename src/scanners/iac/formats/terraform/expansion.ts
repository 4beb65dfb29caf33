import type { Attribute } from '../../parsers/hcl/ast';
import { safeEvaluate } from './body-eval';
import type { Env } from './env';
import {
  deepUnknown,
  describeValue,
  LIMITS,
  ObjectValue,
  toNumberValue,
  Unknown,
  type Value,
} from './values';

/** One instance of a resource or module block: its address suffix and the names `count`/`each` it binds. */
export interface Instance {
  /** `''`, `[0]` or `["key"]`. */
  suffix: string;
  key?: string | number;
  names: [string, Value][];
}

export type Expansion =
  | { kind: 'single'; instances: Instance[] }
  | { kind: 'count'; instances: Instance[] }
  | { kind: 'each'; instances: Instance[] }
  /** count or for_each cannot be known: one instance stands for all, with unknown count.index / each.*. */
  | { kind: 'unknown'; reason: string; instances: Instance[] };

export function formatInstanceKey(key: string | number): string {
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

/**
 * Expands `count` and `for_each`. A count of 0 (a conditional resource switched
 * off) gives no instance; an unknown count or collection gives one instance whose
 * `count.index`, `each.key` and `each.value` are unknown.
 */
export function expand(
  count: Attribute | undefined,
  forEach: Attribute | undefined,
  env: Env,
  onTruncate: (n: number) => void,
): Expansion {
  if (count) return expandCount(safeEvaluate(count.expr, env), onTruncate);
  if (forEach) return expandForEach(safeEvaluate(forEach.expr, env), onTruncate);
  return { kind: 'single', instances: [{ suffix: '', names: [] }] };
}

function unknownExpansion(reason: string, name: 'count' | 'each'): Expansion {
  const unknown = new Unknown(reason);
  const value =
    name === 'count'
      ? new ObjectValue(new Map([['index', unknown]]))
      : new ObjectValue(
          new Map<string, Value>([
            ['key', unknown],
            ['value', unknown],
          ]),
        );
  return { kind: 'unknown', reason, instances: [{ suffix: '', names: [[name, value]] }] };
}

function expandCount(value: Value, onTruncate: (n: number) => void): Expansion {
  if (value instanceof Unknown) return unknownExpansion(value.reason, 'count');
  let count: number;
  try {
    count = toNumberValue(value, 'count');
  } catch {
    return unknownExpansion(`count is ${describeValue(value)}, not a number`, 'count');
  }
  if (!Number.isInteger(count) || count < 0) return unknownExpansion(`count is ${count}`, 'count');
  if (count > LIMITS.maxInstances) {
    onTruncate(count);
    count = LIMITS.maxInstances;
  }
  const instances: Instance[] = [];
  for (let index = 0; index < count; index++) {
    instances.push({
      suffix: `[${index}]`,
      key: index,
      names: [['count', new ObjectValue(new Map([['index', index]]))]],
    });
  }
  return { kind: 'count', instances };
}

function expandForEach(value: Value, onTruncate: (n: number) => void): Expansion {
  const unknown = deepUnknownKeys(value);
  if (unknown) return unknownExpansion(unknown.reason, 'each');
  let pairs: [string, Value][];
  if (value instanceof ObjectValue) pairs = value.sortedKeys().map((key) => [key, value.map.get(key)!]);
  else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    pairs = [...new Set(value as string[])].sort().map((key) => [key, key]);
  } else
    return unknownExpansion(`for_each is ${describeValue(value)}, not a map or a set of strings`, 'each');
  if (pairs.length > LIMITS.maxInstances) {
    onTruncate(pairs.length);
    pairs = pairs.slice(0, LIMITS.maxInstances);
  }
  return {
    kind: 'each',
    instances: pairs.map(([key, item]) => ({
      suffix: formatInstanceKey(key),
      key,
      names: [
        [
          'each',
          new ObjectValue(
            new Map<string, Value>([
              ['key', key],
              ['value', item],
            ]),
          ),
        ],
      ],
    })),
  };
}

/** for_each needs its keys known (the values may stay unknown); a set needs every element known. */
function deepUnknownKeys(value: Value): Unknown | undefined {
  if (value instanceof Unknown) return value;
  if (Array.isArray(value)) return deepUnknown(value);
  return undefined;
}

/** The value other expressions see for a whole resource or module: one object, a list or a map of instances. */
export function combineInstances(expansion: Expansion, values: Value[]): Value {
  switch (expansion.kind) {
    case 'single':
      return values[0] ?? null;
    case 'count':
      return values;
    case 'each':
      return new ObjectValue(
        new Map(expansion.instances.map((instance, index) => [String(instance.key), values[index]!])),
      );
    case 'unknown':
      return new Unknown(expansion.reason);
  }
}
