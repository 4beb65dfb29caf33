import type { Budget, Value } from './values';

/** Names bound by `for`, splats, `count`, `each`, dynamic block iterators and templatefile variables. */
export interface Scope {
  readonly names: ReadonlyMap<string, Value>;
  readonly parent?: Scope;
}

/** Answers `ns.name` for the names a module declares: var, local, module, data and resources. */
export interface Resolver {
  resolve(root: string, name: string, env: Env, detail: { second?: string; key?: Value }): Value;
  isResourceType(root: string): boolean;
}

/** What a function may do outside pure computation: read files inside the scan root. */
export interface FunctionHost {
  /** Text of a file; the path is relative to the root module's folder. Throws EvalError when refused. */
  readFile(path: string): string;
  fileExists(path: string): boolean;
  /** Called once per function name that is not implemented. */
  unsupported(name: string): void;
}

export interface Env {
  resolver: Resolver;
  host: FunctionHost;
  scope?: Scope;
  budget: Budget;
  /** Where the resource addresses the expression refers to are collected. */
  refs?: ReferenceSink;
  /** Inside a templatefile() template, where Terraform forbids another templatefile(). */
  inTemplate?: boolean;
}

export interface ReferenceSink {
  add(address: string): unknown;
}

/** Collects references by the top-level attribute or block being evaluated. */
export class AttributeReferences implements ReferenceSink {
  current = '';
  readonly byAttribute = new Map<string, Set<string>>();

  add(address: string): void {
    const set = this.byAttribute.get(this.current);
    if (set) set.add(address);
    else this.byAttribute.set(this.current, new Set([address]));
  }
}

export function bindNames(parent: Scope | undefined, names: Iterable<[string, Value]>): Scope {
  return { names: new Map(names), parent };
}

export function lookupName(scope: Scope | undefined, name: string): Value | undefined {
  for (let current = scope; current; current = current.parent) {
    const found = current.names.get(name);
    if (found !== undefined) return found;
  }
  return undefined;
}
