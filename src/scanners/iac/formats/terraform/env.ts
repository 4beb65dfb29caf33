import type { Expression } from '../../parsers/hcl/ast';
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
  /** Told why an expression could not be evaluated (see `safeEvaluate`); its value is unknown. */
  failed?(expr: Expression, why: string): void;
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

/** The addresses one top-level attribute or block refers to, each once, in the order first met. */
export interface AttributeReferenceGroup {
  attribute: string;
  addresses: string[];
  /** Built once the list is long enough that scanning it for repeats would cost more. */
  seen?: Set<string>;
}

/**
 * Up to this many entries a list is scanned for a match; past it, a set or map is built, so a hostile
 * resource with thousands of references or attributes stays linear.
 */
const SCAN_LIMIT = 8;

/**
 * Collects references by the top-level attribute or block being evaluated. Most attributes refer
 * to one or two addresses, so a short list scanned for repeats replaces a map of sets per resource.
 */
export class AttributeReferences implements ReferenceSink {
  current = '';
  readonly groups: AttributeReferenceGroup[] = [];
  private last: AttributeReferenceGroup | undefined;
  private byAttribute: Map<string, AttributeReferenceGroup> | undefined;

  add(address: string): void {
    const group = this.last?.attribute === this.current ? this.last : this.groupOf(this.current);
    const { addresses } = group;
    if (group.seen) {
      if (group.seen.has(address)) return;
      group.seen.add(address);
    } else if (addresses.includes(address)) return;
    else if (addresses.length === SCAN_LIMIT) group.seen = new Set([...addresses, address]);
    addresses.push(address);
  }

  private groupOf(attribute: string): AttributeReferenceGroup {
    let group = this.byAttribute
      ? this.byAttribute.get(attribute)
      : this.groups.find((candidate) => candidate.attribute === attribute);
    if (!group) {
      this.groups.push((group = { attribute, addresses: [] }));
      if (this.byAttribute) this.byAttribute.set(attribute, group);
      else if (this.groups.length > SCAN_LIMIT)
        this.byAttribute = new Map(this.groups.map((known) => [known.attribute, known]));
    }
    this.last = group;
    return group;
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
