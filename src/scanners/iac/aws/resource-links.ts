import path from 'node:path';
import type { ModelNode } from '../model/node';
import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';
import { at, properties } from './aws-resource';

/** The id other resources use to reference this one: the Terraform address or the CloudFormation logical id. */
export function referenceId(resource: Resource): string {
  return resource.format === 'cloudformation'
    ? (resource.meta.logicalId ?? resource.address)
    : resource.address;
}

function withoutInstanceKey(address: string): string {
  return address.endsWith(']') ? address.replace(/\[[^\]]*\]$/, '') : address;
}

/**
 * Whether two resources can reference each other: CloudFormation logical ids are
 * local to a template; Terraform addresses are local to a root module's folder.
 */
export function sameScope(a: Resource, b: Resource): boolean {
  return scopeOf(a) === scopeOf(b);
}

const scopes = new WeakMap<Resource, string>();

export function scopeOf(resource: Resource): string {
  let scope = scopes.get(resource);
  if (scope === undefined) {
    scope =
      resource.format === 'cloudformation'
        ? `cfn:${resource.file}`
        : `tf:${resource.meta.root ?? path.posix.dirname(resource.file)}`;
    scopes.set(resource, scope);
  }
  return scope;
}

/**
 * The resources of the given types in the scope of `from`, in model order. Rules join
 * resources within a scope only, so an index by scope keeps those joins linear.
 */
export function inScopeOf(model: IacModel, from: Resource, types: readonly string[]): Resource[] {
  const byType = model.view('aws:resources-by-scope', () => new Map<string, Map<string, Resource[]>>());
  const scope = scopeOf(from);
  const lists = types.map((type) => {
    let byScope = byType.get(type);
    if (!byScope) {
      byScope = new Map();
      for (const resource of model.ofType(type)) {
        const key = scopeOf(resource);
        const list = byScope.get(key);
        if (list) list.push(resource);
        else byScope.set(key, [resource]);
      }
      byType.set(type, byScope);
    }
    return byScope.get(scope) ?? [];
  });
  return lists.length === 1 ? lists[0]! : lists.flat();
}

/** A reference to `target` by address (with or without an instance key) or logical id. */
export function refersTo(reference: string, target: Resource): boolean {
  const id = referenceId(target);
  if (reference === id) return true;
  // `aws_s3_bucket.b.id` written without an index refers to every instance of a counted resource.
  return !reference.endsWith(']') && withoutInstanceKey(id) === reference;
}

/** Where a value was read: the resource holding it and its top-level attribute, for references recorded per attribute. */
export interface ValueSite {
  holder: Resource;
  attribute: string;
}

/**
 * The addresses an unknown value depends on: those the value names itself, else
 * the references its resource records for the attribute the value sits under.
 */
export function referencesOf(node: ModelNode | undefined, site?: ValueSite): string[] {
  if (node?.kind !== 'unknown') return [];
  if (node.refersTo?.length) return node.refersTo;
  if (!site) return [];
  return referencesByAttribute(site.holder).get(site.attribute) ?? [];
}

const attributeReferences = new WeakMap<Resource, Map<string, string[]>>();

/** The addresses a resource refers to, grouped by the attribute that refers to them, computed once per resource. */
function referencesByAttribute(resource: Resource): Map<string, string[]> {
  let byAttribute = attributeReferences.get(resource);
  if (!byAttribute) {
    byAttribute = new Map();
    for (const reference of resource.references ?? []) {
      const list = byAttribute.get(reference.attribute);
      if (list) list.push(reference.address);
      else byAttribute.set(reference.attribute, [reference.address]);
    }
    attributeReferences.set(resource, byAttribute);
  }
  return byAttribute;
}

/**
 * Whether a value points at `target`: an unknown value that depends on it, or a
 * literal equal to one of its names (a bucket name written out, an ARN).
 */
export function pointsAt(
  node: ModelNode | undefined,
  target: Resource,
  names: readonly string[] = [],
  site?: ValueSite,
): boolean {
  if (!node) return false;
  if (node.kind === 'unknown')
    return referencesOf(node, site).some((reference) => refersTo(reference, target));
  if (node.kind === 'scalar' && typeof node.value === 'string') return names.includes(node.value);
  if (node.kind === 'list') return node.items.some((item) => pointsAt(item, target, names, site));
  return false;
}

function siteOf(holder: Resource, path: string): ValueSite {
  const dot = path.indexOf('.');
  return { holder, attribute: dot === -1 ? path : path.slice(0, dot) };
}

/** Resources of the given types whose value at `attribute` points at `target`. */
export function referencing(
  model: IacModel,
  target: Resource,
  types: readonly string[],
  attribute: string,
  names: readonly string[] = [],
): Resource[] {
  return inScopeOf(model, target, types).filter((resource) =>
    pointsAt(at(properties(resource), attribute), target, names, siteOf(resource, attribute)),
  );
}

/** The resources in scope, of the given types, that a value of `from` at `path` refers to. */
export function referencedBy(
  model: IacModel,
  from: Resource,
  path: string,
  node: ModelNode | undefined,
  types: readonly string[],
): Resource[] {
  const references = referencesOf(node, siteOf(from, path));
  if (references.length === 0) return [];
  return inScopeOf(model, from, types).filter((candidate) =>
    references.some((reference) => refersTo(reference, candidate)),
  );
}

export interface Linked {
  resources: Resource[];
  /** Some resource of these types points at something the scan cannot resolve: it might configure the target. */
  uncertain: boolean;
}

/**
 * The resources that configure `target` through `attribute` (a bucket's versioning,
 * a trail's event selectors), and whether an unresolved reference leaves room for
 * one the scan cannot attribute, in which case rules about a missing one stay silent.
 */
export function linkedResources(
  model: IacModel,
  target: Resource,
  types: readonly string[],
  attribute: string,
  names: readonly string[] = [],
): Linked {
  const resources: Resource[] = [];
  let uncertain = false;
  for (const candidate of inScopeOf(model, target, types)) {
    const node = at(properties(candidate), attribute);
    const site = siteOf(candidate, attribute);
    if (pointsAt(node, target, names, site)) resources.push(candidate);
    else if (node?.kind === 'unknown' && !resolvesInScope(model, candidate, referencesOf(node, site)))
      uncertain = true;
  }
  return { resources, uncertain };
}

/** Whether an unknown value refers to at least one resource of the same scope. */
function resolvesInScope(model: IacModel, from: Resource, references: string[]): boolean {
  const ids = model.view('aws:reference-ids', () => referenceIds(model)).get(scopeOf(from));
  return references.some((reference) => ids?.has(reference) || ids?.has(withoutInstanceKey(reference)));
}

function referenceIds(model: IacModel): Map<string, Set<string>> {
  const byScope = new Map<string, Set<string>>();
  for (const resource of model.resources) {
    const scope = scopeOf(resource);
    let ids = byScope.get(scope);
    if (!ids) byScope.set(scope, (ids = new Set()));
    ids.add(referenceId(resource));
    ids.add(withoutInstanceKey(referenceId(resource)));
  }
  return byScope;
}
