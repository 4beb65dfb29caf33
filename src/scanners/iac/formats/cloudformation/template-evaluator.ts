import { child, str, type MapNode, type ModelNode } from '../../model/node';

const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

/** Removes the property it stands in, as CloudFormation does. */
const NO_VALUE = Symbol('AWS::NoValue');
type Evaluated = ModelNode | typeof NO_VALUE;

/**
 * Resolves the intrinsic functions of a template as far as the template alone
 * allows: parameter defaults, mappings, conditions, joins and substitutions.
 * Whatever depends on deploy-time input (pseudo parameters, imports, attributes of
 * other resources) becomes an unknown node that names what it depends on, so
 * rules stay silent instead of guessing.
 */
export class TemplateEvaluator {
  private readonly conditionCache = new Map<string, boolean | undefined>();
  private readonly conditionsInProgress = new Set<string>();

  constructor(
    private readonly template: MapNode,
    private readonly resourceIds: ReadonlySet<string>,
  ) {}

  evaluate(node: ModelNode, depth = 0): ModelNode | undefined {
    const result = this.eval(node, depth);
    return result === NO_VALUE ? undefined : result;
  }

  /** true/false when the condition can be decided from the template, undefined otherwise. */
  condition(name: string): boolean | undefined {
    if (this.conditionCache.has(name)) return this.conditionCache.get(name);
    if (this.conditionsInProgress.has(name)) return undefined;
    this.conditionsInProgress.add(name);
    const definition = child(this.template, ['Conditions', name]);
    const value = definition ? truth(this.eval(definition, 0)) : undefined;
    this.conditionsInProgress.delete(name);
    this.conditionCache.set(name, value);
    return value;
  }

  private eval(node: ModelNode, depth: number): Evaluated {
    if (depth > 64) return unknown(node, 'expression nested too deeply');
    if (node.kind === 'list') {
      const items = node.items
        .map((item) => this.eval(item, depth + 1))
        .filter((item): item is ModelNode => item !== NO_VALUE);
      return { ...node, items };
    }
    if (node.kind !== 'map') return node;
    if (node.entries.size === 1) {
      const [name, argument] = [...node.entries][0]!;
      if (name === 'Ref' || name === 'Condition' || name.startsWith('Fn::'))
        return this.intrinsic(name, argument, node, depth);
    }
    const entries = new Map<string, ModelNode>();
    for (const [key, value] of node.entries) {
      const evaluated = this.eval(value, depth + 1);
      if (evaluated !== NO_VALUE)
        entries.set(
          key,
          evaluated.keyRange || !value.keyRange ? evaluated : { ...evaluated, keyRange: value.keyRange },
        );
    }
    return { ...node, entries };
  }

  private intrinsic(name: string, argument: ModelNode, site: ModelNode, depth: number): Evaluated {
    const at = (value: ModelNode): ModelNode => ({
      ...value,
      range: site.range,
      ...(site.keyRange ? { keyRange: site.keyRange } : {}),
    });
    const args = argument.kind === 'list' ? argument.items : [argument];
    switch (name) {
      case 'Ref':
        return this.ref(str(argument) ?? '', site);
      case 'Condition': {
        const value = this.condition(str(argument) ?? '');
        return value === undefined ? unknown(site, `condition ${str(argument)}`) : at(scalar(value, site));
      }
      case 'Fn::If': {
        const value = this.condition(str(args[0]) ?? '');
        if (value === undefined || args.length < 3) return unknown(site, `condition ${str(args[0])}`);
        return this.eval(value ? args[1]! : args[2]!, depth + 1);
      }
      case 'Fn::Equals': {
        const [a, b] = args.map((arg) => this.eval(arg, depth + 1));
        if (!isScalar(a) || !isScalar(b))
          return unknown(site, 'Fn::Equals of a value known only at deploy time');
        return at(scalar(String(a.value) === String(b.value), site));
      }
      case 'Fn::Not':
      case 'Fn::And':
      case 'Fn::Or':
        return this.logical(name, args, site, depth);
      case 'Fn::Join':
        return this.join(args, site, depth);
      case 'Fn::Sub':
        return this.sub(args, site, depth);
      case 'Fn::Select': {
        const index = this.eval(args[0] ?? site, depth + 1);
        const list = this.eval(args[1] ?? site, depth + 1);
        if (!isScalar(index) || list === NO_VALUE || list.kind !== 'list')
          return unknown(site, 'Fn::Select of a deploy-time list');
        const picked = list.items[Number(index.value)];
        return picked ? at(picked) : unknown(site, 'Fn::Select index out of range');
      }
      case 'Fn::FindInMap':
        return this.findInMap(args, site, depth);
      case 'Fn::Base64': {
        const value = this.eval(args[0] ?? site, depth + 1);
        return isScalar(value)
          ? at(scalar(String(value.value), site))
          : unknown(site, 'Fn::Base64 of a deploy-time value');
      }
      case 'Fn::GetAtt': {
        const target = str(args[0]) ?? '';
        return unknown(
          site,
          `!GetAtt ${target}.${str(args[1]) ?? ''}`,
          this.resourceIds.has(target) ? [target] : undefined,
        );
      }
      default:
        return unknown(site, `${name} is resolved only at deploy time`);
    }
  }

  private ref(name: string, site: ModelNode): Evaluated {
    if (name === 'AWS::NoValue') return NO_VALUE;
    if (PSEUDO_PARAMETERS.has(name)) return unknown(site, `pseudo parameter ${name}`);
    if (this.resourceIds.has(name)) return unknown(site, `!Ref ${name}`, [name]);
    const parameter = child(this.template, ['Parameters', name]);
    const fallback = child(parameter, 'Default');
    if (fallback && fallback.kind !== 'map') {
      return { ...fallback, range: site.range, ...(site.keyRange ? { keyRange: site.keyRange } : {}) };
    }
    return unknown(site, parameter ? `parameter ${name} (no default)` : `!Ref ${name}`);
  }

  private logical(name: string, args: ModelNode[], site: ModelNode, depth: number): Evaluated {
    const values = args.map((arg) => truth(this.eval(arg, depth + 1)));
    let result: boolean | undefined;
    if (name === 'Fn::Not') result = values[0] === undefined ? undefined : !values[0];
    else if (name === 'Fn::And')
      result = values.includes(false) ? false : values.includes(undefined) ? undefined : true;
    else result = values.includes(true) ? true : values.includes(undefined) ? undefined : false;
    return result === undefined ? unknown(site, `${name} of a deploy-time condition`) : scalar(result, site);
  }

  private join(args: ModelNode[], site: ModelNode, depth: number): Evaluated {
    const delimiter = str(args[0]) ?? '';
    const list = args[1] ? this.eval(args[1], depth + 1) : NO_VALUE;
    if (list === NO_VALUE || list.kind !== 'list' || !list.items.every(isScalar)) {
      return unknown(site, 'Fn::Join of deploy-time values', refsIn(list));
    }
    return scalar(list.items.map((item) => String((item as { value: unknown }).value)).join(delimiter), site);
  }

  private sub(args: ModelNode[], site: ModelNode, depth: number): Evaluated {
    const template = str(args[0]);
    if (template === undefined) return unknown(site, 'Fn::Sub without a string');
    const variables = args[1] ? this.eval(args[1], depth + 1) : undefined;
    let known = true;
    const refs: string[] = [];
    const text = template.replace(/\$\{(!?)([^}]*)\}/g, (whole, literal: string, name: string) => {
      if (literal) return `\${${name}}`;
      const own = variables && variables !== NO_VALUE ? child(variables, [name]) : undefined;
      const value = own ?? (name.includes('.') ? undefined : this.ref(name, site));
      if (value && value !== NO_VALUE && isScalar(value)) return String(value.value);
      const target = name.split('.')[0]!;
      if (this.resourceIds.has(target)) refs.push(target);
      known = false;
      return whole;
    });
    return known ? scalar(text, site) : unknown(site, `!Sub ${template}`, refs.length ? refs : undefined);
  }

  private findInMap(args: ModelNode[], site: ModelNode, depth: number): Evaluated {
    const keys = args.map((arg) => this.eval(arg, depth + 1));
    if (!keys.every(isScalar)) return unknown(site, 'Fn::FindInMap with deploy-time keys');
    const path = ['Mappings', ...keys.map((key) => String((key as { value: unknown }).value))];
    const found = child(this.template, path);
    return found
      ? { ...found, range: site.range }
      : unknown(site, `mapping ${path.slice(1).join('.')} not found`);
  }
}

function isScalar(node: Evaluated | undefined): node is Extract<ModelNode, { kind: 'scalar' }> {
  return node !== undefined && node !== NO_VALUE && node.kind === 'scalar';
}

function scalar(value: string | boolean | number, site: ModelNode): ModelNode {
  return { kind: 'scalar', value, range: site.range, ...(site.keyRange ? { keyRange: site.keyRange } : {}) };
}

function unknown(site: ModelNode, reason: string, refersTo?: string[]): ModelNode {
  return {
    kind: 'unknown',
    reason,
    range: site.range,
    ...(site.keyRange ? { keyRange: site.keyRange } : {}),
    ...(refersTo ? { refersTo } : {}),
  };
}

function truth(node: Evaluated): boolean | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'boolean') return node.value;
  if (node.value === 'true') return true;
  if (node.value === 'false') return false;
  return undefined;
}

function refsIn(node: Evaluated): string[] | undefined {
  if (node === NO_VALUE) return undefined;
  const found =
    node.kind === 'unknown'
      ? (node.refersTo ?? [])
      : node.kind === 'list'
        ? node.items.flatMap((item) => refsIn(item) ?? [])
        : [];
  return found.length ? found : undefined;
}
