import type { Notice } from '../../../../core/notice';
import type { Expression } from '../../parsers/hcl/ast';

/**
 * Values of evaluated Terraform expressions. Primitives and lists are plain
 * JavaScript; objects and maps are `ObjectValue`; anything Terraform only knows
 * at apply time is an `Unknown` that carries what it depends on.
 */
export type Value = null | string | number | boolean | Value[] | ObjectValue | Unknown;

export class ObjectValue {
  constructor(
    readonly map: Map<string, Value>,
    /**
     * Set for a resource instance: an attribute its configuration does not set is
     * computed by the provider, so reading it gives an unknown, not an error.
     */
    readonly computedPrefix?: string,
  ) {}

  get(key: string): Value | undefined {
    const found = this.map.get(key);
    if (found !== undefined || !this.computedPrefix) return found;
    return new Unknown(`${this.computedPrefix}.${key}`);
  }

  /** Keys in lexical order, the order Terraform iterates maps and objects in. */
  sortedKeys(): string[] {
    return [...this.map.keys()].sort(compareKeys);
  }
}

export class Unknown {
  constructor(readonly reason: string) {}
}

/** An error Terraform would report; `try` and `can` catch it, elsewhere it becomes an unknown. */
export class EvalError extends Error {
  override name = 'EvalError';
}

/** Too much work for one module (a hostile or pathological configuration). */
export class EvalLimitError extends Error {
  override name = 'EvalLimitError';
}

/**
 * Too much work for one expression: it alone becomes unknown (see `safeEvaluate`). Like the
 * module's limit, `try` and `can` do not catch it, so a loop of them cannot run on past it.
 */
export class EvalShareError extends EvalLimitError {
  override name = 'EvalShareError';
}

/** The warning for an expression that could not be evaluated, at the expression in `path`. */
export function couldNotEvaluate(path: string | undefined, expr: Expression, why: string): Notice {
  return {
    kind: 'warning',
    path,
    line: expr.range.startLine,
    column: expr.range.startColumn,
    message: `could not evaluate this expression, so its value is unknown: ${why}`,
  };
}

/** Work left for one root module: expression steps and nodes visited by whole-value operations. */
export interface Budget {
  steps: number;
  /**
   * Steps left when the expression being evaluated has used its share: spending below it ends
   * that expression, below zero the root module. Zero outside an expression (see `safeEvaluate`).
   */
  floor: number;
  /** Set on the budget of one whole-value operation: it also spends its parent's. */
  parent?: Budget;
}

/** The budget of one root module, modules included. */
export function moduleBudget(): Budget {
  return { steps: LIMITS.maxSteps, floor: 0 };
}

export function spend(budget: Budget, amount = 1): void {
  budget.steps -= amount;
  if (budget.parent) spend(budget.parent, amount);
  if (budget.steps >= budget.floor) return;
  if (budget.parent)
    throw new EvalSizeError(`a value too large to process (over ${LIMITS.maxWalk} elements)`);
  if (budget.steps >= 0)
    throw new EvalShareError(
      `it takes more than ${LIMITS.maxExpressionSteps} evaluation steps (a configuration too large or recursive)`,
    );
  throw new EvalLimitError('evaluation took too many steps (a configuration too large or recursive)');
}

/**
 * Ends the share of the expression being evaluated while something else is evaluated for it (a
 * resource, local, output, variable or module input it refers to, or an expression of its own
 * share): what that takes is not charged to it. Returns what `resumeShare` needs to give the
 * expression back the rest of its share.
 */
export function suspendShare(budget: Budget): number {
  const suspended = budget.floor - budget.steps;
  budget.floor = 0;
  return suspended;
}

export function resumeShare(budget: Budget, suspended: number): void {
  budget.floor = Math.max(0, budget.steps + suspended);
}

/**
 * The budget of one operation over a whole value (encoding, comparing, converting):
 * a value shared many times over (a local that doubles) can be far larger than
 * the work that built it, so one operation may visit only so many elements.
 */
export function walkBudget(parent: Budget): Budget {
  return parent.parent ? parent : { steps: LIMITS.maxWalk, floor: 0, parent };
}

/** For whole-value operations called outside an evaluation (plans, tests). */
export function freshBudget(): Budget {
  return { steps: 5_000_000, floor: 0 };
}

export const LIMITS = {
  /** Elements one collection may have. */
  maxCollection: 100_000,
  /** Characters one string may have. */
  maxString: 4 * 1024 * 1024,
  /** Elements one whole-value operation may visit. */
  maxWalk: 1_000_000,
  /** Expression evaluations per root module, modules included. */
  maxSteps: 20_000_000,
  /**
   * Steps one expression may take, not counting the named values it refers to: a hostile or
   * runaway expression then costs its own value, not every resource of its root module.
   */
  maxExpressionSteps: 2_000_000,
  /** Instances one resource or module block may expand to. */
  maxInstances: 10_000,
  /** Nested module calls. */
  maxModuleDepth: 32,
};

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function objectOf(entries: Iterable<[string, Value]>): ObjectValue {
  return new ObjectValue(new Map(entries));
}

export function isUnknownValue(value: Value | undefined): value is Unknown {
  return value instanceof Unknown;
}

export function isObject(value: Value | undefined): value is ObjectValue {
  return value instanceof ObjectValue;
}

export function typeName(value: Value): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (value instanceof ObjectValue) return 'object';
  if (value instanceof Unknown) return 'unknown';
  return typeof value;
}

/** The first unknown among values, so an operation over them is unknown for the same reason. */
export function firstUnknown(values: readonly Value[]): Unknown | undefined {
  for (const value of values) if (value instanceof Unknown) return value;
  return undefined;
}

/** An unknown anywhere inside a value, for functions (jsonencode) whose result depends on all of it. */
export function deepUnknown(value: Value, budget: Budget = freshBudget(), depth = 0): Unknown | undefined {
  if (value instanceof Unknown) return value;
  if (depth > 64 || value === null || typeof value !== 'object') return undefined;
  if (depth === 0) budget = walkBudget(budget);
  spend(budget);
  const children = Array.isArray(value) ? value : value.map.values();
  for (const item of children) {
    const found = deepUnknown(item, budget, depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function valuesEqual(a: Value, b: Value, budget: Budget = freshBudget(), depth = 0): boolean {
  if (a === b) return true;
  if (depth > 64) return false;
  if (depth === 0) budget = walkBudget(budget);
  spend(budget);
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => valuesEqual(item, b[index]!, budget, depth + 1));
  }
  if (a instanceof ObjectValue && b instanceof ObjectValue) {
    if (a.map.size !== b.map.size) return false;
    for (const [key, item] of a.map) {
      const other = b.map.get(key);
      if (other === undefined || !valuesEqual(item, other, budget, depth + 1)) return false;
    }
    return true;
  }
  return false;
}

export function toStringValue(value: Value, what = 'value'): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null) throw new EvalError(`${what} is null where a string is required`);
  throw new EvalError(`${what} is a ${typeName(value)} where a string is required`);
}

export function toNumberValue(value: Value, what = 'value'): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(value))
    return Number(value);
  throw new EvalError(`${what} is ${describeValue(value)} where a number is required`);
}

export function toBoolValue(value: Value, what = 'value'): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new EvalError(`${what} is ${describeValue(value)} where a bool is required`);
}

/** Terraform prints whole numbers without a fraction and others in their shortest form. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(value);
}

export function describeValue(value: Value): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a ${typeName(value)}`;
}

/** Elements of a list, set or tuple; a map's values in key order when `allowMap`. */
export function asList(value: Value, what: string, allowMap = false): Value[] {
  if (Array.isArray(value)) return value;
  if (allowMap && value instanceof ObjectValue) return value.sortedKeys().map((key) => value.map.get(key)!);
  throw new EvalError(`${what} must be a list, found ${describeValue(value)}`);
}

export function asObject(value: Value, what: string): ObjectValue {
  if (value instanceof ObjectValue) return value;
  throw new EvalError(`${what} must be a map or object, found ${describeValue(value)}`);
}

/** A value too large to build: the expression becomes unknown, the rest of the module is still evaluated. */
export class EvalSizeError extends EvalError {
  override name = 'EvalSizeError';
}

export function checkSize(length: number, what: string): void {
  if (length > LIMITS.maxCollection)
    throw new EvalSizeError(
      `${what} would have ${length} elements, over the limit of ${LIMITS.maxCollection}`,
    );
}

export function checkString(text: string): string {
  checkLength(text.length);
  return text;
}

/** Checked before building a string, so a hostile configuration cannot make a huge one. */
export function checkLength(length: number): void {
  if (length > LIMITS.maxString) throw new EvalSizeError('a string would grow over the 4 MiB limit');
}
