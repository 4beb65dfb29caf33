import type {
  BinaryExpr,
  Expression,
  ForExpr,
  GetAttrExpr,
  IndexExpr,
  SplatExpr,
} from '../../parsers/hcl/ast';
import { callFunction } from './functions/call';
import { evaluateTemplate } from './template-eval';
import {
  deepUnknown,
  describeValue,
  EvalError,
  ObjectValue,
  resumeShare,
  spend,
  suspendShare,
  toBoolValue,
  toNumberValue,
  toStringValue,
  Unknown,
  valuesEqual,
  checkSize,
  type Value,
} from './values';
import type { Env } from './env';
import { bindNames, lookupName } from './env';

/** Namespaces whose `ns.name` the resolver answers; any other root with an attribute is a resource type. */
const TWO_STEP = new Set(['data', 'module']);
/** A one-step reference (`var.x`, `aws_s3_bucket.b`) has no detail: one frozen object serves them all. */
const NO_DETAIL = Object.freeze({});

export function evaluate(expr: Expression, env: Env): Value {
  spend(env.budget);
  switch (expr.type) {
    case 'literal':
      return expr.value;
    case 'template':
      return evaluateTemplate(expr, env);
    case 'parens':
      return evaluate(expr.expr, env);
    case 'tuple':
      return expr.items.map((item) => evaluate(item, env));
    case 'object':
      return evaluateObject(expr.items, env);
    case 'variable':
    case 'anon': {
      const name = expr.type === 'anon' ? ANON : expr.name;
      const found = lookupName(env.scope, name);
      if (found !== undefined) return found;
      throw new EvalError(`unknown name ${expr.type === 'anon' ? '*' : expr.name}`);
    }
    case 'getattr':
      return evaluateGetAttr(expr, env);
    case 'index':
      return evaluateIndex(expr, env);
    case 'splat':
      return evaluateSplat(expr, env);
    case 'call':
      return callFunction(expr, env);
    case 'conditional': {
      const condition = evaluate(expr.condition, env);
      if (condition instanceof Unknown) return condition;
      return evaluate(toBoolValue(condition, 'the condition') ? expr.trueExpr : expr.falseExpr, env);
    }
    case 'binary':
      return evaluateBinary(expr, env);
    case 'unary': {
      const operand = evaluate(expr.operand, env);
      if (operand instanceof Unknown) return operand;
      return expr.op === '-'
        ? -toNumberValue(operand, 'the operand of -')
        : !toBoolValue(operand, 'the operand of !');
    }
    case 'for':
      return evaluateFor(expr, env);
    case 'invalid':
      return new Unknown('a syntax error');
  }
}

export const ANON = ' anon';

function evaluateObject(items: { key: Expression; value: Expression }[], env: Env): Value {
  const map = new Map<string, Value>();
  for (const item of items) {
    const key = evaluate(item.key, env);
    if (key instanceof Unknown) return key;
    map.set(toStringValue(key, 'an object key'), evaluate(item.value, env));
  }
  return new ObjectValue(map);
}

function unscopedRoot(expr: Expression, env: Env): string | undefined {
  if (expr.type !== 'variable' || lookupName(env.scope, expr.name) !== undefined) return undefined;
  return expr.name;
}

/**
 * A variable, local, output, module or resource, evaluated the first time one expression
 * asks for it, does so on its own share of the budget: the steps it takes are not the asker's.
 */
function resolveNamed(env: Env, root: string, name: string, detail: { second?: string; key?: Value }): Value {
  const askerShare = suspendShare(env.budget);
  try {
    return env.resolver.resolve(root, name, env, detail);
  } finally {
    resumeShare(env.budget, askerShare);
  }
}

function evaluateGetAttr(expr: GetAttrExpr, env: Env): Value {
  const source = expr.source;
  if (source.type === 'getattr') {
    const root = unscopedRoot(source.source, env);
    if (root && TWO_STEP.has(root)) return resolveNamed(env, root, source.name, { second: expr.name });
  }
  const root = unscopedRoot(source, env);
  if (root) return resolveNamed(env, root, expr.name, NO_DETAIL);
  return getAttribute(evaluate(source, env), expr.name);
}

function evaluateIndex(expr: IndexExpr, env: Env): Value {
  const source = expr.source;
  if (source.type === 'getattr') {
    const root = unscopedRoot(source.source, env);
    if (root && !TWO_STEP.has(root) && env.resolver.isResourceType(root)) {
      const key = evaluate(expr.key, env);
      return indexValue(resolveNamed(env, root, source.name, { key }), key);
    }
  }
  const collection = evaluate(source, env);
  return indexValue(collection, evaluate(expr.key, env));
}

export function getAttribute(value: Value, name: string): Value {
  if (value instanceof ObjectValue) {
    const found = value.get(name);
    if (found === undefined) throw new EvalError(`the object has no attribute named ${name}`);
    return found;
  }
  if (value instanceof Unknown) return value;
  throw new EvalError(`cannot read attribute ${name} of ${describeValue(value)}`);
}

export function indexValue(collection: Value, key: Value): Value {
  if (collection instanceof Unknown) return collection;
  if (key instanceof Unknown) return key;
  if (Array.isArray(collection)) {
    const index = toNumberValue(key, 'a list index');
    const item = Number.isInteger(index) ? collection[index] : undefined;
    if (item === undefined)
      throw new EvalError(`index ${index} is out of range for a list of ${collection.length}`);
    return item;
  }
  if (collection instanceof ObjectValue) {
    const name = toStringValue(key, 'a map key');
    const found = collection.get(name);
    if (found === undefined)
      throw new EvalError(`the map has no element for the key ${JSON.stringify(name)}`);
    return found;
  }
  throw new EvalError(`cannot index ${describeValue(collection)}`);
}

function evaluateSplat(expr: SplatExpr, env: Env): Value {
  const source = evaluate(expr.source, env);
  if (source instanceof Unknown) return source;
  const elements = source === null ? [] : Array.isArray(source) ? source : [source];
  return elements.map((element) =>
    evaluate(expr.each, { ...env, scope: bindNames(env.scope, [[ANON, element]]) }),
  );
}

function evaluateBinary(expr: BinaryExpr, env: Env): Value {
  const left = evaluate(expr.left, env);
  if (expr.op === '&&' || expr.op === '||') return evaluateLogical(expr, left, env);
  const right = evaluate(expr.right, env);
  if (left instanceof Unknown) return left;
  if (right instanceof Unknown) return right;
  switch (expr.op) {
    case '==':
      return (
        deepUnknown(left, env.budget) ??
        deepUnknown(right, env.budget) ??
        valuesEqual(left, right, env.budget)
      );
    case '!=':
      return (
        deepUnknown(left, env.budget) ??
        deepUnknown(right, env.budget) ??
        !valuesEqual(left, right, env.budget)
      );
  }
  const a = toNumberValue(left, `the left operand of ${expr.op}`);
  const b = toNumberValue(right, `the right operand of ${expr.op}`);
  switch (expr.op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) throw new EvalError('division by zero');
      return a / b;
    case '%':
      if (b === 0) throw new EvalError('modulo by zero');
      return a % b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a >= b;
  }
}

/** A known deciding operand decides, even when the other one is unknown. */
function evaluateLogical(expr: BinaryExpr, left: Value, env: Env): Value {
  const decisive = expr.op === '||';
  if (!(left instanceof Unknown) && toBoolValue(left, `the left operand of ${expr.op}`) === decisive)
    return decisive;
  const right = evaluate(expr.right, env);
  if (right instanceof Unknown) return right;
  const rightBool = toBoolValue(right, `the right operand of ${expr.op}`);
  if (left instanceof Unknown) return rightBool === decisive ? decisive : left;
  return rightBool;
}

function evaluateFor(expr: ForExpr, env: Env): Value {
  const collection = evaluate(expr.collection, env);
  if (collection instanceof Unknown) return collection;
  const pairs = iterationPairs(collection);
  const list: Value[] = [];
  const map = new Map<string, Value>();
  const groups = new Map<string, Value[]>();
  for (const [key, value] of pairs) {
    const names: [string, Value][] = [[expr.valueVar, value]];
    if (expr.keyVar) names.push([expr.keyVar, key]);
    const scoped: Env = { ...env, scope: bindNames(env.scope, names) };
    if (expr.condition) {
      const keep = evaluate(expr.condition, scoped);
      if (keep instanceof Unknown) return keep;
      if (!toBoolValue(keep, 'the for condition')) continue;
    }
    if (!expr.keyExpr) {
      list.push(evaluate(expr.valueExpr, scoped));
      continue;
    }
    const keyValue = evaluate(expr.keyExpr, scoped);
    if (keyValue instanceof Unknown) return keyValue;
    const name = toStringValue(keyValue, 'a for key');
    const item = evaluate(expr.valueExpr, scoped);
    if (expr.grouped) {
      const group = groups.get(name);
      if (group) group.push(item);
      else groups.set(name, [item]);
    } else {
      if (map.has(name))
        throw new EvalError(`duplicate key ${JSON.stringify(name)} in a for expression; add ... to group`);
      map.set(name, item);
    }
  }
  if (!expr.keyExpr) return list;
  return new ObjectValue(
    expr.grouped ? new Map([...groups].map(([key, items]) => [key, items as Value])) : map,
  );
}

/** Key and value pairs of a collection: index and element of a list, key and value of a map in key order. */
export function iterationPairs(collection: Value): [Value, Value][] {
  if (Array.isArray(collection)) {
    checkSize(collection.length, 'a for expression');
    return collection.map((value, index) => [index, value]);
  }
  if (collection instanceof ObjectValue)
    return collection.sortedKeys().map((key) => [key, collection.map.get(key)!]);
  throw new EvalError(`cannot iterate over ${describeValue(collection)}`);
}
