import { freshBudget, ObjectValue, spend, Unknown, walkBudget, type Budget, type Value } from '../values';

/** A fully known value as plain data (for YAML output and tests). */
export function toPlainData(value: Value, budget: Budget = freshBudget(), depth = 0): unknown {
  if (depth > 128 || value instanceof Unknown) return undefined;
  if (depth === 0) budget = walkBudget(budget);
  spend(budget);
  if (Array.isArray(value)) return value.map((item) => toPlainData(item, budget, depth + 1));
  if (value instanceof ObjectValue) {
    // fromEntries defines own properties, so a key named __proto__ stays a key.
    return Object.fromEntries(
      value.sortedKeys().map((key) => [key, toPlainData(value.map.get(key)!, budget, depth + 1)]),
    );
  }
  return value;
}
