import { EvalError, toNumberValue, toStringValue, type Value } from '../values';
import type { FunctionTable } from './registry';

function numbers(args: Value[], name: string): number[] {
  if (args.length === 0) throw new EvalError(`${name}() needs at least one number`);
  return args.map((arg) => toNumberValue(arg, `an argument of ${name}()`));
}

function parseint(args: Value[]): Value {
  const text = toStringValue(args[0]!, 'the first argument of parseint()');
  const base = toNumberValue(args[1]!, 'the base');
  if (!Number.isInteger(base) || base < 2 || base > 62)
    throw new EvalError('parseint() base must be a whole number from 2 to 62');
  const digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'.slice(0, base);
  const negative = text.startsWith('-');
  const body = negative || text.startsWith('+') ? text.slice(1) : text;
  if (body === '') throw new EvalError('parseint() was given no digits');
  let result = 0;
  for (const c of body) {
    const digit = digits.indexOf(base <= 36 ? c.toLowerCase() : c);
    if (digit === -1) throw new EvalError(`parseint() cannot read ${JSON.stringify(text)} in base ${base}`);
    result = result * base + digit;
  }
  return negative ? -result : result;
}

export const NUMERIC_FUNCTIONS: FunctionTable = {
  abs: { min: 1, fn: ([value]) => Math.abs(toNumberValue(value!)) },
  ceil: { min: 1, fn: ([value]) => Math.ceil(toNumberValue(value!)) },
  floor: { min: 1, fn: ([value]) => Math.floor(toNumberValue(value!)) },
  signum: { min: 1, fn: ([value]) => Math.sign(toNumberValue(value!)) },
  log: { min: 2, fn: ([value, base]) => Math.log(toNumberValue(value!)) / Math.log(toNumberValue(base!)) },
  pow: { min: 2, fn: ([value, power]) => Math.pow(toNumberValue(value!), toNumberValue(power!)) },
  max: { min: 1, max: Infinity, fn: (args) => Math.max(...numbers(args, 'max')) },
  min: { min: 1, max: Infinity, fn: (args) => Math.min(...numbers(args, 'min')) },
  parseint: { min: 2, fn: parseint },
};
