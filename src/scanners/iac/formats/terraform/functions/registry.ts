import type { Env } from '../env';
import type { Value } from '../values';
import { COLLECTION_FUNCTIONS } from './collections';
import { SET_FUNCTIONS } from './sets';
import { ENCODING_FUNCTIONS } from './encoding';
import { FILESYSTEM_FUNCTIONS } from './filesystem';
import { HASHING_FUNCTIONS } from './hashing';
import { NETWORK_FUNCTIONS } from './network';
import { NUMERIC_FUNCTIONS } from './numeric';
import { STRING_FUNCTIONS } from './strings';
import { CONVERSION_FUNCTIONS } from './conversions';

export interface FunctionSpec {
  min: number;
  /** Undefined: exactly `min`; Infinity: variadic. */
  max?: number;
  /** Only a top-level unknown argument makes the result unknown (functions that move values without reading them). */
  shallow?: boolean;
  /** The function handles unknown arguments itself. */
  unknownAware?: boolean;
  fn(args: Value[], env: Env): Value;
}

export type FunctionTable = Record<string, FunctionSpec>;

/** A spec with every field filled in. */
export type BuiltinFunction = Required<FunctionSpec>;

/**
 * Built-in functions by name. A Map, so that a name such as `constructor` or `toString` in a
 * configuration finds nothing rather than a property of `Object.prototype`; and every spec is
 * given the same fields, so the call site reads one object shape whatever the function.
 */
export const FUNCTIONS: ReadonlyMap<string, BuiltinFunction> = new Map(
  [
    COLLECTION_FUNCTIONS,
    SET_FUNCTIONS,
    STRING_FUNCTIONS,
    CONVERSION_FUNCTIONS,
    ENCODING_FUNCTIONS,
    NUMERIC_FUNCTIONS,
    HASHING_FUNCTIONS,
    NETWORK_FUNCTIONS,
    FILESYSTEM_FUNCTIONS,
  ].flatMap((table) =>
    Object.entries(table).map(([name, spec]) => [
      name,
      {
        min: spec.min,
        max: spec.max ?? spec.min,
        shallow: spec.shallow ?? false,
        unknownAware: spec.unknownAware ?? false,
        fn: spec.fn,
      },
    ]),
  ),
);
