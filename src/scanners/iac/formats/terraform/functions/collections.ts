import {
  asList,
  asObject,
  checkSize,
  EvalError,
  ObjectValue,
  toBoolValue,
  toNumberValue,
  toStringValue,
  Unknown,
  valuesEqual,
  type Value,
} from '../values';
import type { FunctionTable } from './registry';

function merge(args: Value[]): Value {
  const map = new Map<string, Value>();
  for (const arg of args) {
    if (arg === null) continue;
    for (const [key, value] of asObject(arg, 'an argument of merge()').map) map.set(key, value);
  }
  return new ObjectValue(map);
}

function flatten(list: Value[], out: Value[], depth: number): Unknown | undefined {
  if (depth > 64) throw new EvalError('flatten() nesting is too deep');
  for (const item of list) {
    if (item instanceof Unknown) return item;
    if (Array.isArray(item)) {
      const unknown = flatten(item, out, depth + 1);
      if (unknown) return unknown;
    } else out.push(item);
  }
  checkSize(out.length, 'flatten()');
  return undefined;
}

function integer(value: Value, what: string): number {
  const number = toNumberValue(value, what);
  if (!Number.isInteger(number)) throw new EvalError(`${what} must be a whole number, found ${number}`);
  return number;
}

function range(args: Value[]): Value {
  const numbers = args.map((arg) => toNumberValue(arg, 'an argument of range()'));
  const [start, limit, step] =
    numbers.length === 1
      ? [0, numbers[0]!, 1]
      : [numbers[0]!, numbers[1]!, numbers[2] ?? (numbers[1]! >= numbers[0]! ? 1 : -1)];
  if (step === 0) throw new EvalError('range() step must not be zero');
  if ((limit - start) / step > 100_000) checkSize(Math.ceil((limit - start) / step), 'range()');
  const out: number[] = [];
  for (let value = start; step > 0 ? value < limit : value > limit; value += step) out.push(value);
  return out;
}

function slice(args: Value[]): Value {
  const list = asList(args[0]!, 'the first argument of slice()');
  const start = integer(args[1]!, 'the start index');
  const end = integer(args[2]!, 'the end index');
  if (start < 0 || end > list.length || start > end)
    throw new EvalError(`slice(${start}, ${end}) is out of range for ${list.length} elements`);
  return list.slice(start, end);
}

function lookup(args: Value[]): Value {
  const map = asObject(args[0]!, 'the first argument of lookup()');
  const key = toStringValue(args[1]!, 'the key');
  const found = map.get(key);
  if (found !== undefined) return found;
  if (args.length === 3) return args[2]!;
  throw new EvalError(`lookup() found no key ${JSON.stringify(key)} and no default was given`);
}

function length(value: Value): Value {
  if (typeof value === 'string') return [...value].length;
  if (Array.isArray(value)) return value.length;
  if (value instanceof ObjectValue) return value.map.size;
  throw new EvalError('length() needs a string, list or map');
}

function coalesce(args: Value[]): Value {
  for (const arg of args) {
    if (arg instanceof Unknown) return arg;
    if (arg !== null && arg !== '') return arg;
  }
  throw new EvalError('coalesce() found no non-null, non-empty argument');
}

function chunklist(args: Value[]): Value {
  const list = asList(args[0]!, 'the first argument of chunklist()');
  const size = integer(args[1]!, 'the chunk size');
  if (size < 0) throw new EvalError('chunklist() size must not be negative');
  if (size === 0) return [list];
  const out: Value[] = [];
  for (let index = 0; index < list.length; index += size) out.push(list.slice(index, index + size));
  return out;
}

function transpose(value: Value): Value {
  const result = new Map<string, Value[]>();
  const map = asObject(value, 'the argument of transpose()');
  for (const key of map.sortedKeys()) {
    for (const item of asList(map.map.get(key)!, 'a value of transpose()')) {
      const name = toStringValue(item, 'a value of transpose()');
      const list = result.get(name);
      if (list) list.push(key);
      else result.set(name, [key]);
    }
  }
  return new ObjectValue(new Map([...result].map(([key, list]) => [key, list as Value])));
}

export const COLLECTION_FUNCTIONS: FunctionTable = {
  merge: { min: 0, max: Infinity, shallow: true, fn: merge },
  concat: {
    min: 0,
    max: Infinity,
    shallow: true,
    fn: (args) => args.flatMap((arg) => asList(arg, 'an argument of concat()')),
  },
  lookup: { min: 2, max: 3, shallow: true, fn: lookup },
  coalesce: { min: 1, max: Infinity, unknownAware: true, shallow: true, fn: coalesce },
  coalescelist: {
    min: 1,
    max: Infinity,
    shallow: true,
    fn: (args) => args.find((arg) => asList(arg, 'an argument of coalescelist()').length > 0) ?? [],
  },
  compact: {
    min: 1,
    fn: ([list]) => asList(list!, 'the argument of compact()').filter((item) => item !== null && item !== ''),
  },
  contains: {
    min: 2,
    fn: ([list, value], env) =>
      asList(list!, 'the list', true).some((item) => valuesEqual(item, value!, env.budget)),
  },
  element: {
    min: 2,
    shallow: true,
    fn: ([list, index]) => {
      const items = asList(list!, 'the first argument of element()');
      if (items.length === 0) throw new EvalError('element() cannot use an empty list');
      const position = integer(index!, 'the index');
      if (position < 0) throw new EvalError('element() index must not be negative');
      return items[position % items.length]!;
    },
  },
  flatten: {
    min: 1,
    shallow: true,
    fn: ([list]) => {
      const out: Value[] = [];
      return flatten(asList(list!, 'the argument of flatten()'), out, 0) ?? out;
    },
  },
  keys: { min: 1, shallow: true, fn: ([map]) => asObject(map!, 'the argument of keys()').sortedKeys() },
  values: {
    min: 1,
    shallow: true,
    fn: ([map]) => {
      const object = asObject(map!, 'the argument of values()');
      return object.sortedKeys().map((key) => object.map.get(key)!);
    },
  },
  length: { min: 1, shallow: true, fn: ([value]) => length(value!) },
  zipmap: {
    min: 2,
    shallow: true,
    fn: ([keys, values]) => {
      const names = asList(keys!, 'the keys of zipmap()');
      const items = asList(values!, 'the values of zipmap()');
      if (names.length !== items.length) throw new EvalError('zipmap() needs as many values as keys');
      const unknown = names.find((name) => name instanceof Unknown);
      if (unknown) return unknown;
      return new ObjectValue(
        new Map(names.map((name, index) => [toStringValue(name, 'a key'), items[index]!])),
      );
    },
  },
  one: {
    min: 1,
    shallow: true,
    fn: ([list]) => {
      const items = asList(list!, 'the argument of one()');
      if (items.length > 1) throw new EvalError(`one() needs at most one element, found ${items.length}`);
      return items[0] ?? null;
    },
  },
  sum: {
    min: 1,
    fn: ([list]) => {
      const items = asList(list!, 'the argument of sum()', true);
      if (items.length === 0) throw new EvalError('sum() cannot add an empty list');
      return items.reduce<number>((total, item) => total + toNumberValue(item, 'an element of sum()'), 0);
    },
  },
  alltrue: {
    min: 1,
    fn: ([list]) =>
      asList(list!, 'the argument of alltrue()').every((item) => toBoolValue(item, 'an element')),
  },
  anytrue: {
    min: 1,
    fn: ([list]) =>
      asList(list!, 'the argument of anytrue()').some((item) => toBoolValue(item, 'an element')),
  },
  range: { min: 1, max: 3, fn: range },
  reverse: {
    min: 1,
    shallow: true,
    fn: ([list]) => [...asList(list!, 'the argument of reverse()')].reverse(),
  },
  sort: {
    min: 1,
    fn: ([list]) =>
      asList(list!, 'the argument of sort()')
        .map((item) => toStringValue(item, 'an element of sort()'))
        .sort(),
  },
  index: {
    min: 2,
    fn: ([list, value], env) => {
      const position = asList(list!, 'the first argument of index()').findIndex((item) =>
        valuesEqual(item, value!, env.budget),
      );
      if (position === -1) throw new EvalError('index() did not find the value in the list');
      return position;
    },
  },
  slice: { min: 3, shallow: true, fn: slice },
  chunklist: { min: 2, shallow: true, fn: chunklist },
  transpose: { min: 1, fn: ([map]) => transpose(map!) },
  matchkeys: {
    min: 3,
    fn: ([values, keys, search], env) => {
      const items = asList(values!, 'the values of matchkeys()');
      const names = asList(keys!, 'the keys of matchkeys()');
      const wanted = asList(search!, 'the search set of matchkeys()');
      if (items.length !== names.length) throw new EvalError('matchkeys() needs as many keys as values');
      return items.filter((_, index) =>
        wanted.some((candidate) => valuesEqual(candidate, names[index]!, env.budget)),
      );
    },
  },
};
