import type { Notice } from '../../../../core/notice';
import type { MapNode } from '../../model/node';
import type { Expression } from '../../parsers/hcl/ast';
import { safeEvaluate } from './body-eval';
import { bindNames, type Env, type FunctionHost, type ReferenceSink, type Resolver, type Scope } from './env';
import { combineInstances, expand, formatInstanceKey, type Expansion } from './expansion';
import { fileHolding } from './expression-file';
import type { ModuleCallDecl, ModuleConfig, ResourceDecl } from './module-config';
import { evaluateInstance } from './resource-instance';
import { relativeFolder } from './terraform-files';
import { convertToType, parseType } from './type-constraints';
import { couldNotEvaluate, EvalError, ObjectValue, Unknown, type Budget, type Value } from './values';

/** A value with the resource addresses it was computed from. */
export interface Named {
  value: Value;
  refs: readonly string[];
}

/** What every module instance of one root module shares. */
export interface RootContext {
  /** The root module's folder, relative to the scan root. */
  rootDir: string;
  host: FunctionHost;
  budget: Budget;
  notice(notice: Notice): void;
  /** The module a call's source names, or why it cannot be read. */
  loadModule(caller: ModuleInstance, call: ModuleCallDecl, source: string): ModuleConfig | undefined;
}

export interface ResourceInstance {
  decl: ResourceDecl;
  owner: ModuleInstance;
  address: string;
  key?: string | number;
  expansion: Expansion['kind'];
  body: MapNode;
  references: { attribute: string; address: string }[];
}

interface ResourceState {
  busy: boolean;
  value: Value;
  instances: ResourceInstance[];
  /** `module.a.aws_s3_bucket.b`, without an instance key. */
  address: string;
}

/** Declarations by type, then name: managed resources at `MANAGED`, data sources at `DATA`. */
type DeclaredIndex = Map<string, Map<string, ResourceDecl>>[];

const MANAGED = 0;
const DATA = 1;

/** Every instance of a module shares its configuration's index, made once. */
const declaredIndexes = new WeakMap<ModuleConfig, DeclaredIndex>();

function declaredIndex(config: ModuleConfig): DeclaredIndex {
  let index = declaredIndexes.get(config);
  if (index) return index;
  index = [new Map(), new Map()];
  for (const decl of config.resources.values()) {
    const byType = index[decl.mode === 'data' ? DATA : MANAGED]!;
    let byName = byType.get(decl.type);
    if (!byName) byType.set(decl.type, (byName = new Map()));
    byName.set(decl.name, decl);
  }
  declaredIndexes.set(config, index);
  return index;
}

interface ModuleState {
  busy: boolean;
  children: ModuleInstance[];
  expansion?: Expansion;
}

/**
 * One instance of a module (the root, or a `module` block instance) and the
 * resolver for its names. Everything is evaluated lazily and once, in whatever
 * order references ask for it, so declaration order never matters; a reference
 * cycle gives an unknown instead of recursion.
 */
export class ModuleInstance implements Resolver {
  private readonly variables = new Map<string, Named | 'busy'>();
  private readonly locals = new Map<string, Named | 'busy'>();
  private readonly outputs = new Map<string, Named | 'busy'>();
  private readonly resources = new Map<ResourceDecl, ResourceState>();
  private readonly modules = new Map<string, ModuleState>();
  /** The env of expressions that record no references, in the module's own scope: most need nothing else. */
  private plainEnv: Env | undefined;
  /** The configuration's index of declarations, kept at hand: a weak map's lookup per reference cost more. */
  private declared: DeclaredIndex | undefined;
  readonly scope: Scope;
  /** What the addresses of this instance's resources start with: `module.a.`, or `''` in the root module. */
  readonly prefix: string;

  constructor(
    readonly config: ModuleConfig,
    readonly root: RootContext,
    /** `''` for the root module, else `module.a` or `module.a["k"].module.b`. */
    readonly address: string,
    private readonly inputs: Map<string, () => Named>,
    /** Module call names from the root, the keys of .terraform/modules/modules.json. */
    readonly keyPath: string[],
    readonly call?: { file: string; line: number; source: string },
  ) {
    this.scope = moduleScope(root.rootDir, config.dir);
    this.prefix = address ? `${address}.` : '';
  }

  env(refs?: ReferenceSink, scope: Scope = this.scope): Env {
    if (!refs && scope === this.scope)
      return (this.plainEnv ??= {
        resolver: this,
        host: this.root.host,
        scope,
        budget: this.root.budget,
        refs,
      });
    return { resolver: this, host: this.root.host, scope, budget: this.root.budget, refs };
  }

  isResourceType(root: string): boolean {
    return this.config.resourceTypes.has(root);
  }

  failed(expr: Expression, why: string): void {
    this.root.notice(couldNotEvaluate(fileHolding(this.config, expr), expr, why));
  }

  resolve(root: string, name: string, env: Env, detail: { second?: string; key?: Value }): Value {
    switch (root) {
      case 'var':
        return use(env, this.variable(name));
      case 'local':
        return use(env, this.local(name));
      case 'module':
        return this.moduleReference(name, detail.second, env);
      case 'data': {
        const second = detail.second;
        if (second === undefined) throw new EvalError(`data.${name} needs a data source name`);
        const declared = this.declaredResource(DATA, name, second);
        if (!declared) throw new EvalError(`reference to an undeclared resource data.${name}.${second}`);
        return this.resourceReference(declared, env, detail.key);
      }
      case 'count':
      case 'each':
      case 'self':
        throw new EvalError(`${root}.${name} is not available here`);
    }
    if (!this.config.resourceTypes.has(root))
      throw new EvalError(`reference to an undeclared resource or name ${root}.${name}`);
    const declared = this.declaredResource(MANAGED, root, name);
    if (!declared) throw new EvalError(`reference to an undeclared resource ${root}.${name}`);
    return this.resourceReference(declared, env, detail.key);
  }

  /** The declaration a reference names. References are the most frequent step of evaluation. */
  private declaredResource(mode: number, type: string, name: string): ResourceDecl | undefined {
    return (this.declared ??= declaredIndex(this.config))[mode]!.get(type)?.get(name);
  }

  variable(name: string): Named {
    const cached = this.variables.get(name);
    if (cached === 'busy') return { value: new Unknown(`var.${name} (refers to itself)`), refs: [] };
    if (cached) return cached;
    const decl = this.config.variables.get(name);
    if (!decl) throw new EvalError(`reference to an undeclared input variable var.${name}`);
    this.variables.set(name, 'busy');
    const provided = this.inputs.get(name)?.();
    const type = parseType(decl.type);
    const convert = (value: Value): Value =>
      convertToType(value, type, (expr) => safeEvaluate(expr, this.env()), this.root.budget);
    let named: Named;
    if (provided && !(provided.value === null && !decl.nullable))
      named = { value: convert(provided.value), refs: provided.refs };
    else if (decl.default) named = { value: convert(safeEvaluate(decl.default, this.env())), refs: [] };
    else if (provided) named = provided;
    else
      named = {
        value: new Unknown(this.address ? `var.${name} of ${this.address}` : `var.${name}`),
        refs: [],
      };
    this.variables.set(name, named);
    return named;
  }

  local(name: string): Named {
    return this.named(this.locals, name, 'local', () => this.config.locals.get(name)?.attribute.expr);
  }

  output(name: string): Named {
    return this.named(this.outputs, name, 'output', () => this.config.outputs.get(name)?.value?.expr);
  }

  private named(
    cache: Map<string, Named | 'busy'>,
    name: string,
    kind: string,
    find: () => Parameters<typeof safeEvaluate>[0] | undefined,
  ): Named {
    const cached = cache.get(name);
    if (cached === 'busy') throw new EvalError(`${kind}.${name} refers to itself`);
    if (cached) return cached;
    const expr = find();
    if (!expr)
      throw new EvalError(
        `reference to an undeclared ${kind} ${name}${this.address ? ` in ${this.address}` : ''}`,
      );
    cache.set(name, 'busy');
    const refs = new Set<string>();
    const named = { value: safeEvaluate(expr, this.env(refs)), refs: [...refs] };
    cache.set(name, named);
    return named;
  }

  /** Evaluates every resource and module call, recursively. */
  evaluateAll(): void {
    for (const decl of this.config.resources.values()) this.resource(decl);
    for (const decl of this.config.moduleCalls.values()) {
      for (const child of this.moduleCall(decl).children) child.evaluateAll();
    }
  }

  /**
   * What an evaluation stopped early leaves out, as `address (file:line)`: the resource and data blocks
   * of this module and of the modules it reached that were not evaluated, or only some of their
   * instances (`in part`), and the module calls never expanded.
   */
  notEvaluated(into: string[] = []): string[] {
    for (const decl of this.config.resources.values()) {
      const state = this.resources.get(decl);
      if (state?.busy === false) continue;
      const part = state?.instances.length ? ', in part' : '';
      into.push(`${this.prefix}${resourceKey(decl)} (${decl.file}:${decl.block.range.startLine}${part})`);
    }
    for (const decl of this.config.moduleCalls.values()) {
      const state = this.modules.get(decl.name);
      if (!state || state.busy)
        into.push(`${this.prefix}module.${decl.name} (${decl.file}:${decl.block.range.startLine})`);
      for (const child of state?.children ?? []) child.notEvaluated(into);
    }
    return into;
  }

  /** Every resource instance of this module and its children, in declaration order. */
  instances(into: ResourceInstance[] = []): ResourceInstance[] {
    for (const state of this.resources.values()) for (const instance of state.instances) into.push(instance);
    for (const state of this.modules.values()) for (const child of state.children) child.instances(into);
    return into;
  }

  private resourceReference(decl: ResourceDecl, env: Env, indexKey: Value | undefined): Value {
    const state = this.resource(decl);
    if (env.refs) {
      const indexed = typeof indexKey === 'string' || typeof indexKey === 'number';
      env.refs.add(indexed ? state.address + formatInstanceKey(indexKey) : state.address);
    }
    return state.value;
  }

  private resource(decl: ResourceDecl): ResourceState {
    const existing = this.resources.get(decl);
    if (existing)
      return existing.busy
        ? {
            busy: true,
            value: new Unknown(`${existing.address} (refers to itself)`),
            instances: [],
            address: existing.address,
          }
        : existing;
    const base = this.prefix + resourceKey(decl);
    const state: ResourceState = { busy: true, value: null, instances: [], address: base };
    this.resources.set(decl, state);
    const expansion = expand(decl.count, decl.forEach, this.env(), (n) =>
      this.truncated(decl.file, decl.block.range.startLine, base, n),
    );
    const values: Value[] = [];
    for (const instance of expansion.instances) {
      const evaluated = evaluateInstance(this, decl, base, instance, expansion.kind);
      values.push(evaluated.value);
      state.instances.push(evaluated.instance);
    }
    state.value = combineInstances(expansion, values);
    state.busy = false;
    return state;
  }

  private moduleReference(name: string, second: string | undefined, env: Env): Value {
    const decl = this.config.moduleCalls.get(name);
    if (!decl) throw new EvalError(`reference to an undeclared module ${name}`);
    const state = this.moduleCall(decl);
    const address = `${this.prefix}module.${name}`;
    if (state.busy) return new Unknown(`${address} (refers to itself)`);
    if (!state.expansion)
      return second ? new Unknown(`${address}.${second}`) : new ObjectValue(new Map(), address);
    if (second !== undefined && state.expansion.kind === 'single') {
      const child = state.children[0]!;
      if (!child.config.outputs.has(second))
        throw new EvalError(`module ${name} has no output named ${second}`);
      return use(env, child.output(second));
    }
    if (second !== undefined)
      throw new EvalError(`module.${name} has several instances; index it before reading .${second}`);
    return combineInstances(
      state.expansion,
      state.children.map((child) => child.allOutputs(env)),
    );
  }

  private allOutputs(env: Env): Value {
    const map = new Map<string, Value>();
    for (const name of this.config.outputs.keys()) map.set(name, use(env, this.output(name)));
    return new ObjectValue(map, this.address);
  }

  private moduleCall(decl: ModuleCallDecl): ModuleState {
    const existing = this.modules.get(decl.name);
    if (existing) return existing;
    const state: ModuleState = { busy: true, children: [] };
    this.modules.set(decl.name, state);
    const sourceValue = decl.source ? safeEvaluate(decl.source, this.env()) : undefined;
    const source = typeof sourceValue === 'string' ? sourceValue : undefined;
    const config = source === undefined ? undefined : this.root.loadModule(this, decl, source);
    if (source === undefined)
      this.moduleNotice(decl, 'has no source that can be read without running Terraform');
    if (config) {
      const address = `${this.prefix}module.${decl.name}`;
      const expansion = expand(decl.count, decl.forEach, this.env(), (n) =>
        this.truncated(decl.file, decl.block.range.startLine, address, n),
      );
      state.expansion = expansion;
      for (const instance of expansion.instances) {
        const scope = bindNames(this.scope, instance.names);
        const inputs = new Map<string, () => Named>();
        for (const input of decl.inputs) {
          inputs.set(input.name, () => {
            const refs = new Set<string>();
            return { value: safeEvaluate(input.expr, this.env(refs, scope)), refs: [...refs] };
          });
        }
        const call = { file: decl.file, line: decl.block.range.startLine, source: source! };
        state.children.push(
          new ModuleInstance(
            config,
            this.root,
            address + instance.suffix,
            inputs,
            [...this.keyPath, decl.name],
            call,
          ),
        );
      }
    }
    state.busy = false;
    return state;
  }

  moduleNotice(decl: ModuleCallDecl, why: string): void {
    this.root.notice({
      kind: 'skipped',
      path: decl.file,
      line: decl.block.range.startLine,
      column: decl.block.range.startColumn,
      message: `module "${decl.name}" ${why}; its resources are not scanned and its outputs are unknown`,
    });
  }

  private truncated(file: string, line: number, address: string, count: number): void {
    this.root.notice({
      kind: 'skipped',
      path: file,
      line,
      message: `${address} expands to ${count} instances; only the first ${10_000} are scanned`,
    });
  }
}

/** By root folder, then module folder: no key string is built for a lookup. */
const moduleScopes = new Map<string, Map<string, Scope>>();
const MAX_CACHED_ROOTS = 10_000;

/**
 * `path` and `terraform` as a module folder sees them from a root module. Every instance of a
 * module called from one root sees the same, and scopes and values are never changed, so each is
 * made once: a module called for each of many keys would otherwise build them for every key.
 */
function moduleScope(rootDir: string, moduleDir: string): Scope {
  let byModule = moduleScopes.get(rootDir);
  let scope = byModule?.get(moduleDir);
  if (scope) return scope;
  scope = bindNames(undefined, [
    [
      'path',
      new ObjectValue(
        new Map<string, Value>([
          ['module', relativeFolder(rootDir, moduleDir)],
          ['root', '.'],
          ['cwd', new Unknown('path.cwd')],
        ]),
      ),
    ],
    [
      'terraform',
      new ObjectValue(new Map<string, Value>([['workspace', new Unknown('terraform.workspace')]])),
    ],
  ]);
  if (!byModule) {
    if (moduleScopes.size >= MAX_CACHED_ROOTS) moduleScopes.clear();
    moduleScopes.set(rootDir, (byModule = new Map()));
  }
  byModule.set(moduleDir, scope);
  return scope;
}

function resourceKey(decl: ResourceDecl): string {
  return `${decl.mode === 'data' ? 'data.' : ''}${decl.type}.${decl.name}`;
}

function use(env: Env, named: Named): Value {
  if (env.refs) for (const ref of named.refs) env.refs.add(ref);
  return named.value;
}
