import type { SourceRange } from '../../../../core/location';
import type { ModelNode } from '../../model/node';
import type { Expression, ObjectItem } from '../../parsers/hcl/ast';
import {
  formatNumber,
  spend,
  Unknown,
  walkBudget,
  type Budget,
  type ObjectValue,
  type Value,
} from './values';

/**
 * Turns an evaluated value into the model's node tree. Where the expression wrote
 * the value out literally (a list or object constructor), nested nodes get the
 * ranges of their own elements; values computed elsewhere (a variable, a
 * function) carry the range of the expression that used them.
 */
export function toModelNode(
  value: Value,
  expr: Expression | undefined,
  range: SourceRange,
  keyRange: SourceRange | undefined,
  budget: Budget,
  depth = 0,
): ModelNode {
  // A scalar or unknown is one step of the caller's budget: only collections need a walk budget.
  if (depth === 0 && typeof value === 'object' && value !== null && !(value instanceof Unknown))
    budget = walkBudget(budget);
  spend(budget);
  // Every kind written out with and without a key range: one literal shape each, no spreads.
  if (value === null || typeof value !== 'object') {
    return keyRange ? { kind: 'scalar', value, range, keyRange } : { kind: 'scalar', value, range };
  }
  if (value instanceof Unknown || depth > 200) {
    const reason = value instanceof Unknown ? value.reason : 'a value nested too deeply';
    return keyRange ? { kind: 'unknown', reason, range, keyRange } : { kind: 'unknown', reason, range };
  }
  if (Array.isArray(value)) {
    const items = listItems(value, expr, range, budget, depth);
    return keyRange ? { kind: 'list', items, range, keyRange } : { kind: 'list', items, range };
  }
  const entries = mapEntries(value, expr, range, keyRange, budget, depth);
  return keyRange ? { kind: 'map', entries, range, keyRange } : { kind: 'map', entries, range };
}

function listItems(
  value: Value[],
  expr: Expression | undefined,
  range: SourceRange,
  budget: Budget,
  depth: number,
): ModelNode[] {
  const literal = unwrap(expr);
  const items =
    literal?.type === 'tuple' && literal.items.length === value.length ? literal.items : undefined;
  const nodes: ModelNode[] = [];
  for (let index = 0; index < value.length; index++) {
    const itemExpr = items?.[index];
    nodes.push(toModelNode(value[index]!, itemExpr, itemExpr?.range ?? range, undefined, budget, depth + 1));
  }
  return nodes;
}

function mapEntries(
  value: ObjectValue,
  expr: Expression | undefined,
  range: SourceRange,
  keyRange: SourceRange | undefined,
  budget: Budget,
  depth: number,
): Map<string, ModelNode> {
  const literal = unwrap(expr);
  const written = literal?.type === 'object' ? literalItems(literal) : undefined;
  const entries = new Map<string, ModelNode>();
  for (const [key, item] of value.map) {
    const source = written?.get(key);
    const itemRange = source ? source.value.range : range;
    const itemKeyRange = source ? source.key.range : (keyRange ?? range);
    entries.set(key, toModelNode(item, source?.value, itemRange, itemKeyRange, budget, depth + 1));
  }
  return entries;
}

function unwrap(expr: Expression | undefined): Expression | undefined {
  let current = expr;
  while (current?.type === 'parens') current = current.expr;
  if (current?.type === 'template' && current.single && current.parts[0]?.type === 'interp')
    return unwrap(current.parts[0].expr);
  return current;
}

/** The items of an object constructor by key, made once per constructor: modules are evaluated many times. */
const writtenItems = new WeakMap<Expression, Map<string, ObjectItem>>();

function literalItems(expr: Expression & { type: 'object' }): Map<string, ObjectItem> {
  let result = writtenItems.get(expr);
  if (result) return result;
  result = new Map<string, ObjectItem>();
  for (const item of expr.items) {
    const key = item.key.type === 'literal' ? item.key.value : undefined;
    if (typeof key === 'string' || typeof key === 'number')
      result.set(typeof key === 'number' ? formatNumber(key) : key, item);
  }
  writtenItems.set(expr, result);
  return result;
}
