import type { Expression } from '../../parsers/hcl/ast';
import { ObjectValue, spend, Unknown, walkBudget, type Budget, type Value } from './values';

export type TypeSpec =
  | { kind: 'any' }
  | { kind: 'string' | 'number' | 'bool' }
  | { kind: 'list' | 'set' | 'map'; element: TypeSpec }
  | { kind: 'tuple'; elements: TypeSpec[] }
  | { kind: 'object'; attributes: Map<string, ObjectAttribute> };

export interface ObjectAttribute {
  type: TypeSpec;
  optional: boolean;
  default?: Expression;
}

const ANY: TypeSpec = { kind: 'any' };

const parsedTypes = new WeakMap<Expression, TypeSpec>();

/**
 * Reads a variable's `type` expression; anything unrecognised is `any` (no conversion).
 * Read once per declaration, however many module instances use it.
 */
export function parseType(expr: Expression | undefined): TypeSpec {
  if (!expr) return ANY;
  let type = parsedTypes.get(expr);
  if (!type) {
    type = readType(expr, 0);
    parsedTypes.set(expr, type);
  }
  return type;
}

function readType(expr: Expression | undefined, depth: number): TypeSpec {
  if (!expr || depth > 32) return ANY;
  if (expr.type === 'variable') {
    return expr.name === 'string' || expr.name === 'number' || expr.name === 'bool'
      ? { kind: expr.name }
      : ANY;
  }
  if (expr.type === 'literal' && typeof expr.value === 'string') return ANY;
  if (expr.type !== 'call') return ANY;
  const [first] = expr.args;
  switch (expr.name) {
    case 'list':
    case 'set':
    case 'map':
      return { kind: expr.name, element: readType(first, depth + 1) };
    case 'tuple':
      return first?.type === 'tuple'
        ? { kind: 'tuple', elements: first.items.map((item) => readType(item, depth + 1)) }
        : ANY;
    case 'object': {
      if (first?.type !== 'object') return ANY;
      const attributes = new Map<string, ObjectAttribute>();
      for (const item of first.items) {
        if (item.key.type !== 'literal' || typeof item.key.value !== 'string') continue;
        attributes.set(item.key.value, objectAttribute(item.value, depth));
      }
      return { kind: 'object', attributes };
    }
    default:
      return ANY;
  }
}

function objectAttribute(expr: Expression, depth: number): ObjectAttribute {
  if (expr.type === 'call' && expr.name === 'optional') {
    return { type: readType(expr.args[0], depth + 1), optional: true, default: expr.args[1] };
  }
  return { type: readType(expr, depth + 1), optional: false };
}

/**
 * Converts a value to a type the way Terraform does for variables: primitives
 * convert between each other, optional object attributes get their defaults.
 * A value that does not fit is kept as it is (Terraform would stop with an error;
 * a scanner reads on). `evaluateDefault` evaluates an optional attribute's default.
 */
export function convertToType(
  value: Value,
  type: TypeSpec,
  evaluateDefault: (expr: Expression) => Value,
  budget: Budget,
  depth = 0,
): Value {
  if (value === null || value instanceof Unknown || type.kind === 'any' || depth > 32) return value;
  if (depth === 0) budget = walkBudget(budget);
  spend(budget);
  switch (type.kind) {
    case 'string':
      return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
    case 'number':
      return typeof value === 'string' && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value.trim())
        ? Number(value)
        : value;
    case 'bool':
      return value === 'true' ? true : value === 'false' ? false : value;
    case 'list':
    case 'set':
      return Array.isArray(value)
        ? value.map((item) => convertToType(item, type.element, evaluateDefault, budget, depth + 1))
        : value;
    case 'tuple':
      return Array.isArray(value)
        ? value.map((item, index) =>
            convertToType(item, type.elements[index] ?? ANY, evaluateDefault, budget, depth + 1),
          )
        : value;
    case 'map': {
      if (!(value instanceof ObjectValue)) return value;
      const map = new Map<string, Value>();
      for (const [key, item] of value.map)
        map.set(key, convertToType(item, type.element, evaluateDefault, budget, depth + 1));
      return new ObjectValue(map);
    }
    case 'object':
      return value instanceof ObjectValue
        ? convertObject(value, type.attributes, evaluateDefault, budget, depth)
        : value;
  }
}

function convertObject(
  value: ObjectValue,
  attributes: Map<string, ObjectAttribute>,
  evaluateDefault: (expr: Expression) => Value,
  budget: Budget,
  depth: number,
): Value {
  const map = new Map<string, Value>();
  for (const [name, attribute] of attributes) {
    let item = value.map.get(name) ?? null;
    if (item === null && attribute.default) item = evaluateDefault(attribute.default);
    map.set(name, convertToType(item, attribute.type, evaluateDefault, budget, depth + 1));
  }
  return new ObjectValue(map);
}
