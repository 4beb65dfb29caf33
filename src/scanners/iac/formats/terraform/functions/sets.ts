import { asList, checkSize, freshBudget, valuesEqual, type Budget, type Value } from '../values';
import { encodeJson } from './json-values';
import type { FunctionTable } from './registry';

/** Distinct elements in first-seen order; collections compare by their JSON form (their values are known here). */
export function distinct(items: Value[], budget: Budget = freshBudget()): Value[] {
  const out: Value[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const key =
      item === null || typeof item !== 'object'
        ? `${typeof item}:${String(item)}`
        : `json:${encodeJson(item, budget)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** Sets of strings or numbers come out sorted, as Terraform orders them. */
export function toSet(items: Value[], budget?: Budget): Value[] {
  const out = distinct(items, budget);
  if (out.every((item) => typeof item === 'string')) return (out as string[]).sort();
  if (out.every((item) => typeof item === 'number')) return (out as number[]).sort((a, b) => a - b);
  return out;
}

function lists(args: Value[], name: string): Value[][] {
  return args.map((arg) => asList(arg, `an argument of ${name}()`));
}

function product(sets: Value[][]): Value[] {
  let result: Value[][] = [[]];
  for (const set of sets) {
    checkSize(result.length * set.length, 'setproduct()');
    result = result.flatMap((prefix) => set.map((item) => [...prefix, item]));
  }
  return sets.length === 0 ? [] : result;
}

export const SET_FUNCTIONS: FunctionTable = {
  distinct: {
    min: 1,
    fn: ([list], env) => distinct(asList(list!, 'the argument of distinct()'), env.budget),
  },
  setunion: { min: 1, max: Infinity, fn: (args, env) => toSet(lists(args, 'setunion').flat(), env.budget) },
  setintersection: {
    min: 1,
    max: Infinity,
    fn: (args, env) => {
      const [first = [], ...rest] = lists(args, 'setintersection');
      return toSet(
        first.filter((item) =>
          rest.every((set) => set.some((other) => valuesEqual(item, other, env.budget))),
        ),
        env.budget,
      );
    },
  },
  setsubtract: {
    min: 2,
    fn: (args, env) => {
      const [first = [], second = []] = lists(args, 'setsubtract');
      return toSet(
        first.filter((item) => !second.some((other) => valuesEqual(item, other, env.budget))),
        env.budget,
      );
    },
  },
  setproduct: { min: 1, max: Infinity, fn: (args) => product(lists(args, 'setproduct')) },
};
