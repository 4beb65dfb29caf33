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

export const FUNCTIONS: FunctionTable = {
  ...COLLECTION_FUNCTIONS,
  ...SET_FUNCTIONS,
  ...STRING_FUNCTIONS,
  ...CONVERSION_FUNCTIONS,
  ...ENCODING_FUNCTIONS,
  ...NUMERIC_FUNCTIONS,
  ...HASHING_FUNCTIONS,
  ...NETWORK_FUNCTIONS,
  ...FILESYSTEM_FUNCTIONS,
};
