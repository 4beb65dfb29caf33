import {
  asList,
  describeValue,
  EvalError,
  ObjectValue,
  toBoolValue,
  toNumberValue,
  toStringValue,
  type Value,
} from '../values';
import type { FunctionTable } from './registry';
import { toSet } from './sets';

function primitive(value: Value, name: string): void {
  if (Array.isArray(value) || value instanceof ObjectValue)
    throw new EvalError(`${name}() cannot convert ${describeValue(value)}`);
}

export const CONVERSION_FUNCTIONS: FunctionTable = {
  tostring: {
    min: 1,
    fn: ([value]) => {
      primitive(value!, 'tostring');
      return value === null ? null : toStringValue(value!);
    },
  },
  tonumber: {
    min: 1,
    fn: ([value]) => {
      primitive(value!, 'tonumber');
      return value === null ? null : toNumberValue(value!);
    },
  },
  tobool: {
    min: 1,
    fn: ([value]) => {
      primitive(value!, 'tobool');
      return value === null ? null : toBoolValue(value!);
    },
  },
  tolist: {
    min: 1,
    shallow: true,
    fn: ([value]) => (value === null ? null : asList(value!, 'the argument of tolist()')),
  },
  toset: {
    min: 1,
    fn: ([value], env) =>
      value === null ? null : toSet(asList(value!, 'the argument of toset()'), env.budget),
  },
  tomap: {
    min: 1,
    shallow: true,
    fn: ([value]) => {
      if (value === null || value instanceof ObjectValue) return value!;
      throw new EvalError(`tomap() cannot convert ${describeValue(value!)}`);
    },
  },
  sensitive: { min: 1, shallow: true, fn: ([value]) => value! },
  nonsensitive: { min: 1, shallow: true, fn: ([value]) => value! },
  issensitive: { min: 1, shallow: true, fn: () => false },
};
