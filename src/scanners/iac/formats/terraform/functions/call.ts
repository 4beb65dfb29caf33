import type { CallExpr } from '../../../parsers/hcl/ast';
import type { Env } from '../env';
import { evaluate } from '../evaluator';
import {
  deepUnknown,
  EvalError,
  EvalLimitError,
  firstUnknown,
  ObjectValue,
  spend,
  Unknown,
  type Value,
} from '../values';
import { FUNCTIONS } from './registry';

/**
 * Calls a built-in function. Arguments are evaluated first, `...` expands the last
 * one; an unknown argument makes the result unknown (functions that only move
 * values around look only at the top level, so a known part stays known).
 * `try` and `can` evaluate their arguments themselves, to catch errors.
 */
export function callFunction(expr: CallExpr, env: Env): Value {
  const name = expr.name.startsWith('core::') ? expr.name.slice('core::'.length) : expr.name;
  if (name === 'try') return evaluateTry(expr, env);
  if (name === 'can') return evaluateCan(expr, env);
  const spec = FUNCTIONS.get(name);
  if (!spec) {
    env.host.unsupported(name);
    return new Unknown(`${name}() (not evaluated by cloudgate)`);
  }
  let args = expr.args.map((arg) => evaluate(arg, env));
  if (expr.expandFinal) {
    const last = args[args.length - 1];
    if (last instanceof Unknown) return last;
    if (!Array.isArray(last)) throw new EvalError(`the expanded argument of ${name}() must be a list`);
    args = [...args.slice(0, -1), ...last];
  }
  if (args.length < spec.min || args.length > spec.max) {
    throw new EvalError(`${name}() takes ${describeArity(spec.min, spec.max)}, given ${args.length}`);
  }
  const unknown = spec.shallow ? firstUnknown(args) : firstDeepUnknown(args, env);
  if (unknown && !spec.unknownAware) return unknown;
  spend(
    env.budget,
    args.reduce<number>((total, arg) => total + topLevelSize(arg), 0),
  );
  const result = spec.fn(args, env);
  spend(env.budget, topLevelSize(result));
  return result;
}

/** Work a function does is about proportional to the size of what it reads and makes. */
function topLevelSize(value: Value): number {
  if (Array.isArray(value)) return value.length;
  if (value instanceof ObjectValue) return value.map.size;
  if (typeof value === 'string') return value.length >> 6;
  return 1;
}

function firstDeepUnknown(args: Value[], env: Env): Unknown | undefined {
  for (const arg of args) {
    const found = deepUnknown(arg, env.budget);
    if (found) return found;
  }
  return undefined;
}

function describeArity(min: number, max: number): string {
  if (max === min) return `${min} argument${min === 1 ? '' : 's'}`;
  if (max === Infinity) return `at least ${min} arguments`;
  return `${min} to ${max} arguments`;
}

function evaluateTry(expr: CallExpr, env: Env): Value {
  let lastError: unknown;
  for (const arg of expr.args) {
    try {
      const value = evaluate(arg, env);
      return deepUnknown(value, env.budget) ?? value;
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      lastError = error;
    }
  }
  throw new EvalError(
    `no argument of try() could be evaluated${lastError ? `: ${(lastError as Error).message}` : ''}`,
  );
}

function evaluateCan(expr: CallExpr, env: Env): Value {
  if (expr.args.length !== 1) throw new EvalError('can() takes 1 argument');
  try {
    const value = evaluate(expr.args[0]!, env);
    return deepUnknown(value, env.budget) ?? true;
  } catch (error) {
    if (error instanceof EvalLimitError || !(error instanceof EvalError)) throw error;
    return false;
  }
}
