import { createHash } from 'node:crypto';
import { toStringValue, Unknown, type Value } from '../values';
import type { FunctionTable } from './registry';

function digest(algorithm: string, encoding: 'hex' | 'base64'): (args: Value[]) => Value {
  return ([value]) => createHash(algorithm).update(toStringValue(value!), 'utf8').digest(encoding);
}

/** Results that differ on every run or depend on the clock are unknown, as they are at plan time. */
function volatile(name: string): (args: Value[]) => Value {
  return () => new Unknown(`${name}() (known only at apply time)`);
}

export const HASHING_FUNCTIONS: FunctionTable = {
  md5: { min: 1, fn: digest('md5', 'hex') },
  sha1: { min: 1, fn: digest('sha1', 'hex') },
  sha256: { min: 1, fn: digest('sha256', 'hex') },
  sha512: { min: 1, fn: digest('sha512', 'hex') },
  base64sha256: { min: 1, fn: digest('sha256', 'base64') },
  base64sha512: { min: 1, fn: digest('sha512', 'base64') },
  uuid: { min: 0, fn: volatile('uuid') },
  uuidv5: { min: 2, fn: volatile('uuidv5') },
  bcrypt: { min: 1, max: 2, fn: volatile('bcrypt') },
  timestamp: { min: 0, fn: volatile('timestamp') },
  plantimestamp: { min: 0, fn: volatile('plantimestamp') },
  timeadd: { min: 2, fn: volatile('timeadd') },
  formatdate: { min: 2, fn: volatile('formatdate') },
};
