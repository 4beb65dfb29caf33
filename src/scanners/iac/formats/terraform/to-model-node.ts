import type { SourceRange } from '../../../../core/location';
import type { ModelNode } from '../../model/node';
import type { Expression } from '../../parsers/hcl/ast';
import { formatNumber, spend, Unknown, walkBudget, type Budget, type Value } from './values';

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
  if (depth === 0) budget = walkBudget(budget);
  spend(budget);
  if (value === null || typeof value !== 'object') {
    return keyRange ? { kind: 'scalar', value, range, keyRange } : { kind: 'scalar', value, range };
  }
  const base = keyRange ? { range, keyRange } : { range };
  if (value instanceof Unknown) return { kind: 'unknown', reason: value.reason, ...base };
  if (depth > 200) return { kind: 'unknown', reason: 'a value nested too deeply', ...base };
  const literal = unwrap(expr);
  if (Array.isArray(value)) {
    const items =
      literal?.type === 'tuple' && literal.items.length === value.length ? literal.items : undefined;
    return {
      kind: 'list',
      items: value.map((item, index) => {
        const itemExpr = items?.[index];
        return toModelNode(item, itemExpr, itemExpr?.range ?? range, undefined, budget, depth + 1);
      }),
      ...base,
    };
  }
  const written = literal?.type === 'object' ? literalItems(literal) : undefined;
  const entries = new Map<string, ModelNode>();
  for (const [key, item] of value.map) {
    const source = written?.get(key);
    entries.set(
      key,
      toModelNode(
        item,
        source?.value,
        source?.value.range ?? range,
        source?.keyRange ?? keyRange ?? range,
        budget,
        depth + 1,
      ),
    );
  }
  return { kind: 'map', entries, ...base };
}

function unwrap(expr: Expression | undefined): Expression | undefined {
  let current = expr;
  while (current?.type === 'parens') current = current.expr;
  if (current?.type === 'template' && current.single && current.parts[0]?.type === 'interp')
    return unwrap(current.parts[0].expr);
  return current;
}

function literalItems(
  expr: Expression & { type: 'object' },
): Map<string, { value: Expression; keyRange: SourceRange }> {
  const result = new Map<string, { value: Expression; keyRange: SourceRange }>();
  for (const item of expr.items) {
    const key = item.key.type === 'literal' ? item.key.value : undefined;
    if (typeof key === 'string' || typeof key === 'number')
      result.set(typeof key === 'number' ? formatNumber(key) : key, {
        value: item.value,
        keyRange: item.key.range,
      });
  }
  return result;
}
