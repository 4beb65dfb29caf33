import { child, text, type MapNode, type ModelNode } from '../../model/node';
import {
  ArmExpressionError,
  isExpression,
  parseArmExpression,
  type ArmExpression,
} from './arm-expression-parser';
import { builtIdAddress, RESOURCE_ID_FUNCTIONS, resourceIdAddress } from './arm-resource-ids';

type Value = ModelNode;

/** Functions whose result exists only at deployment: their value stays unknown. */
const DEPLOY_TIME = new Set([
  ...RESOURCE_ID_FUNCTIONS,
  'resourcegroup',
  'subscription',
  'tenant',
  'deployment',
  'environment',
  'reference',
  'uniquestring',
  'guid',
  'newguid',
  'utcnow',
  'copyindex',
  'managementgroup',
]);

/**
 * Evaluates ARM template expressions as far as the template (and its parameters
 * file) allow. Values known only at deployment become unknown nodes naming the
 * function, so rules stay silent instead of guessing; a resource id among them
 * keeps the address of the resource it names in `refersTo`.
 */
export class ArmEvaluator {
  private readonly variableStack = new Set<string>();

  constructor(
    private readonly template: MapNode,
    private readonly parameterValues: ReadonlyMap<string, ModelNode>,
  ) {}

  /** Evaluates every expression string inside a node, keeping the node's ranges. */
  evaluate(node: ModelNode, depth = 0): ModelNode {
    if (depth > 100) return unknown(node, 'value nested too deeply');
    switch (node.kind) {
      case 'scalar':
        if (typeof node.value === 'string' && isExpression(node.value))
          return this.expressionValue(node.value, node);
        if (typeof node.value === 'string' && node.value.startsWith('[['))
          return { ...node, value: node.value.slice(1) };
        return node;
      case 'list':
        return { ...node, items: node.items.map((item) => this.evaluate(item, depth + 1)) };
      case 'map': {
        const entries = new Map<string, ModelNode>();
        for (const [key, value] of node.entries) entries.set(key, this.evaluate(value, depth + 1));
        return { ...node, entries };
      }
      case 'unknown':
        return node;
    }
  }

  private expressionValue(source: string, site: ModelNode): ModelNode {
    let expression: ArmExpression;
    try {
      expression = parseArmExpression(source);
    } catch (error) {
      if (error instanceof ArmExpressionError)
        return unknown(site, `expression not understood: ${error.message}`);
      throw error;
    }
    return relocate(this.apply(expression, site, 0), site);
  }

  private apply(expression: ArmExpression, site: ModelNode, depth: number): Value {
    if (depth > 64) return unknown(site, 'expression nested too deeply');
    switch (expression.kind) {
      case 'string':
        return scalar(expression.value, site);
      case 'number':
        return scalar(expression.value, site);
      case 'property': {
        const target = this.apply(expression.target, site, depth + 1);
        return target.kind === 'unknown'
          ? target
          : (child(target, [expression.name]) ?? unknown(site, `no property ${expression.name}`));
      }
      case 'index': {
        const target = this.apply(expression.target, site, depth + 1);
        const index = this.apply(expression.index, site, depth + 1);
        if (target.kind === 'unknown') return target;
        const key = text(index);
        return (
          (key !== undefined ? child(target, [target.kind === 'list' ? Number(key) : key]) : undefined) ??
          unknown(site, 'index not found')
        );
      }
      case 'call':
        return this.call(expression.name, expression.args, site, depth);
    }
  }

  private call(name: string, argExpressions: ArmExpression[], site: ModelNode, depth: number): Value {
    const args = () => argExpressions.map((arg) => this.apply(arg, site, depth + 1));
    if (RESOURCE_ID_FUNCTIONS.has(name))
      return unknown(site, `${name}() is known only at deployment`, resourceIdAddress(name, args()));
    if (DEPLOY_TIME.has(name) || name.startsWith('list'))
      return unknown(site, `${name}() is known only at deployment`);
    switch (name) {
      case 'parameters':
        return this.parameter(text(this.apply(argExpressions[0]!, site, depth + 1)) ?? '', site);
      case 'variables':
        return this.variable(text(this.apply(argExpressions[0]!, site, depth + 1)) ?? '', site);
      case 'if': {
        const [condition, whenTrue, whenFalse] = argExpressions;
        const decided = truth(this.apply(condition!, site, depth + 1));
        if (decided === undefined || !whenTrue || !whenFalse)
          return unknown(site, 'if() on a deployment-time condition');
        return this.apply(decided ? whenTrue : whenFalse, site, depth + 1);
      }
      case 'true':
        return scalar(true, site);
      case 'false':
        return scalar(false, site);
      default:
        return applyPure(name, args(), site);
    }
  }

  private parameter(name: string, site: ModelNode): Value {
    const given = this.parameterValues.get(name);
    if (given) return this.evaluate(given);
    const fallback = child(this.template, ['parameters', name, 'defaultValue']);
    return fallback ? this.evaluate(fallback) : unknown(site, `parameter ${name} has no default`);
  }

  private variable(name: string, site: ModelNode): Value {
    const definition = child(this.template, ['variables', name]);
    if (!definition) return unknown(site, `variable ${name} is not defined`);
    if (this.variableStack.has(name)) return unknown(site, `variable ${name} refers to itself`);
    this.variableStack.add(name);
    try {
      return this.evaluate(definition);
    } finally {
      this.variableStack.delete(name);
    }
  }
}

function applyPure(name: string, args: Value[], site: ModelNode): Value {
  const missing = args.find((arg) => arg.kind === 'unknown');
  if (missing)
    return unknown(site, missing.kind === 'unknown' ? missing.reason : 'unknown', builtIdAddress(name, args));
  const texts = args.map(text);
  switch (name) {
    case 'concat':
      if (args.every((arg) => arg.kind === 'list'))
        return {
          kind: 'list',
          range: site.range,
          items: args.flatMap((arg) => (arg.kind === 'list' ? arg.items : [])),
        };
      return scalar(texts.map((value) => value ?? '').join(''), site);
    case 'format':
      return scalar(
        (texts[0] ?? '').replace(/\{(\d+)(:[^}]*)?\}/g, (_, index: string) => texts[Number(index) + 1] ?? ''),
        site,
      );
    case 'equals':
      return scalar(texts[0] === texts[1], site);
    case 'not':
      return truth(args[0]) === undefined
        ? unknown(site, 'not() of a non-boolean')
        : scalar(!truth(args[0]), site);
    case 'and':
      return scalar(
        args.every((arg) => truth(arg) === true),
        site,
      );
    case 'or':
      return scalar(
        args.some((arg) => truth(arg) === true),
        site,
      );
    case 'tolower':
      return scalar((texts[0] ?? '').toLowerCase(), site);
    case 'toupper':
      return scalar((texts[0] ?? '').toUpperCase(), site);
    case 'string':
      return scalar(texts[0] ?? '', site);
    case 'int':
      return scalar(Number(texts[0]), site);
    case 'bool':
      return scalar(texts[0]?.toLowerCase() === 'true', site);
    case 'empty':
      return scalar(
        args[0]?.kind === 'list'
          ? args[0].items.length === 0
          : args[0]?.kind === 'map'
            ? args[0].entries.size === 0
            : !texts[0],
        site,
      );
    case 'length':
      return scalar(
        args[0]?.kind === 'list'
          ? args[0].items.length
          : args[0]?.kind === 'map'
            ? args[0].entries.size
            : (texts[0] ?? '').length,
        site,
      );
    case 'createarray':
      return { kind: 'list', range: site.range, items: args };
    case 'coalesce':
      return args.find((arg) => !(arg.kind === 'scalar' && arg.value === null)) ?? scalar(null, site);
    default:
      return unknown(site, `${name}() is not evaluated`);
  }
}

function relocate(value: Value, site: ModelNode): ModelNode {
  return { ...value, range: site.range, ...(site.keyRange ? { keyRange: site.keyRange } : {}) };
}

function scalar(value: string | number | boolean | null, site: ModelNode): ModelNode {
  return { kind: 'scalar', value, range: site.range };
}

function unknown(site: ModelNode, reason: string, refersTo?: string): ModelNode {
  return {
    kind: 'unknown',
    reason,
    range: site.range,
    ...(site.keyRange ? { keyRange: site.keyRange } : {}),
    ...(refersTo ? { refersTo: [refersTo] } : {}),
  };
}

function truth(value: Value | undefined): boolean | undefined {
  if (value?.kind !== 'scalar') return undefined;
  if (typeof value.value === 'boolean') return value.value;
  if (value.value === 'true' || value.value === 'True') return true;
  if (value.value === 'false' || value.value === 'False') return false;
  return undefined;
}
