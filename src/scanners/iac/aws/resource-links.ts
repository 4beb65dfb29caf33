import type { ModelNode } from '../model/node';
import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';
import { at, properties } from './aws-resource';
import { indexByScope, ReferenceIndex } from './reference-index';
import * as resourceScope from './resource-scope';

/** Re-exported as plain values: `export { ... } from` compiles to a getter, which every call from a rule would run. */
export const { inScopeOf, sameScope, scopeOf } = resourceScope;

/** The id other resources use to reference this one: the Terraform address or the CloudFormation logical id. */
export function referenceId(resource: Resource): string {
  return resource.format === 'cloudformation'
    ? (resource.meta.logicalId ?? resource.address)
    : resource.address;
}

/** The address without a final `[key]` (one holding no `]`); unchanged when it has none. */
function withoutInstanceKey(address: string): string {
  if (!address.endsWith(']')) return address;
  const close = address.length - 1;
  const open = address.indexOf('[', address.lastIndexOf(']', close - 1) + 1);
  return open === -1 || open > close ? address : address.slice(0, open);
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

/** Most values refer to nothing: one empty list answers for all of them. */
const NO_REFERENCES: readonly string[] = Object.freeze([]);

/**
 * The addresses an unknown value depends on: those the value names itself, else
 * the references its resource records for the attribute the value sits under.
 */
export function referencesOf(node: ModelNode | undefined, site?: ValueSite): readonly string[] {
  if (node?.kind !== 'unknown') return NO_REFERENCES;
  if (node.refersTo?.length) return node.refersTo;
  if (!site) return NO_REFERENCES;
  return referencesUnder(site.holder, site.attribute);
}

/**
 * The addresses a resource refers to under one attribute. A resource records a few references, and
 * views ask for one or two attributes of each: a scan of the list costs less than grouping it.
 */
function referencesUnder(resource: Resource, attribute: string): readonly string[] {
  const references = resource.references;
  if (!references) return NO_REFERENCES;
  let found: string[] | undefined;
  for (const reference of references) {
    if (reference.attribute === attribute) (found ??= []).push(reference.address);
  }
  return found ?? NO_REFERENCES;
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
  return linkedResources(model, target, types, attribute, names).resources;
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
  const keys: string[] = [];
  const spaces: number[] = [];
  for (const reference of references) {
    keys.push(reference);
    spaces.push(BY_ID);
    if (reference.endsWith(']')) continue;
    keys.push(reference);
    spaces.push(BY_ANY_INSTANCE);
  }
  const scope = scopeOf(from);
  return types.flatMap((type) => idTables(model, type).get(scope)?.lookup(keys, spaces) ?? []);
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
  return linksTo(model, target, names)(types, attribute);
}

/** `linkedResources` for many lookups about one target: what it is filed under is worked out once. */
export function linksTo(
  model: IacModel,
  target: Resource,
  names: readonly string[] = [],
): (types: readonly string[], attribute: string) => Linked {
  const { keys, spaces } = pointerKeys(target, names);
  const scope = scopeOf(target);
  return (types, attribute) => {
    const resources: Resource[] = [];
    let uncertain = false;
    for (const type of types) {
      const table = linkTables(model, type, attribute).get(scope);
      if (!table) continue;
      resources.push(...table.lookup(keys, spaces));
      // A candidate whose reference resolves nowhere in the scope cannot point at the target, which is in it.
      uncertain ||= table.unresolved;
    }
    return { resources, uncertain };
  };
}

/** Key spaces of a link table: what a value refers to, and the literal names it holds. */
const BY_REFERENCE = 0;
const BY_NAME = 1;
/** Key spaces of an id table: a resource's reference id, and that id without its instance key. */
const BY_ID = 0;
const BY_ANY_INSTANCE = 1;

class LinkTable extends ReferenceIndex<Resource> {
  /** Some candidate's value is unknown and refers to nothing in the scope. */
  unresolved = false;
}

/** The keys under which a value pointing at `target` is filed: its references (see `refersTo`) and names. */
function pointerKeys(target: Resource, names: readonly string[]): { keys: string[]; spaces: number[] } {
  const id = referenceId(target);
  const keys = [id];
  const spaces = [BY_REFERENCE];
  const anyInstance = withoutInstanceKey(id);
  if (anyInstance !== id && !anyInstance.endsWith(']')) {
    keys.push(anyInstance);
    spaces.push(BY_REFERENCE);
  }
  for (const name of names) {
    keys.push(name);
    spaces.push(BY_NAME);
  }
  return { keys, spaces };
}

/** What a value points at, as `pointsAt` reads it: the references of unknowns, literal strings as names. */
function addPointers(
  node: ModelNode | undefined,
  site: ValueSite,
  add: (key: string, space: number) => void,
): void {
  if (!node) return;
  if (node.kind === 'unknown') for (const reference of referencesOf(node, site)) add(reference, BY_REFERENCE);
  else if (node.kind === 'scalar' && typeof node.value === 'string') add(node.value, BY_NAME);
  else if (node.kind === 'list') for (const item of node.items) addPointers(item, site, add);
}

/** Resources of a type by scope, filed under what their value at `attribute` points at; built once per scan. */
function linkTables(model: IacModel, type: string, attribute: string): Map<string, LinkTable> {
  const byType = model.view('aws:link-tables', () => new Map<string, Map<string, Map<string, LinkTable>>>());
  let byAttribute = byType.get(type);
  if (!byAttribute) byType.set(type, (byAttribute = new Map()));
  let tables = byAttribute.get(attribute);
  if (tables) return tables;
  tables = new Map();
  for (const candidate of model.ofType(type)) {
    const scope = scopeOf(candidate);
    let table = tables.get(scope);
    if (!table) tables.set(scope, (table = new LinkTable()));
    const position = table.add(candidate);
    const node = at(properties(candidate), attribute);
    const site = siteOf(candidate, attribute);
    const filed = table;
    addPointers(node, site, (key, space) => filed.addKey(key, position, space));
    if (node?.kind === 'unknown' && !resolvesInScope(model, candidate, referencesOf(node, site)))
      table.unresolved = true;
  }
  byAttribute.set(attribute, tables);
  return tables;
}

/** Resources of a type by scope, filed under their reference id and, for any instance, without the instance key. */
function idTables(model: IacModel, type: string): Map<string, ReferenceIndex<Resource>> {
  const byType = model.view('aws:id-tables', () => new Map<string, Map<string, ReferenceIndex<Resource>>>());
  let tables = byType.get(type);
  if (!tables) {
    tables = indexByScope(model.ofType(type), scopeOf, (resource, add) => {
      const id = referenceId(resource);
      add(id, BY_ID);
      add(withoutInstanceKey(id), BY_ANY_INSTANCE);
    });
    byType.set(type, tables);
  }
  return tables;
}

/** Whether an unknown value refers to at least one resource of the same scope. */
function resolvesInScope(model: IacModel, from: Resource, references: readonly string[]): boolean {
  const scope = scopeOf(from);
  if (references.some((reference) => resolvesByTypeName(model, scope, reference))) return true;
  const ids = model.view('aws:reference-ids', () => referenceIds(model)).get(scope);
  return references.some((reference) => ids?.has(reference) || ids?.has(withoutInstanceKey(reference)));
}

/**
 * A Terraform reference names its type (`module.m.aws_s3_bucket.logs`): looking it up among
 * that type's resources spares indexing every resource of the scan. A miss proves nothing
 * (a CloudFormation logical id names no type), so the caller then asks the full index.
 */
function resolvesByTypeName(model: IacModel, scope: string, reference: string): boolean {
  const address = withoutInstanceKey(reference);
  const nameDot = address.lastIndexOf('.');
  if (nameDot <= 0) return false;
  const typeDot = address.lastIndexOf('.', nameDot - 1);
  const type = address.slice(typeDot + 1, nameDot);
  const before = typeDot > 0 ? address.slice(0, typeDot) : '';
  const dataSource = before === 'data' || before.endsWith('.data');
  const table = idTables(model, dataSource ? `data.${type}` : type).get(scope);
  return table !== undefined && (table.has(reference, BY_ID) || table.has(reference, BY_ANY_INSTANCE));
}

function referenceIds(model: IacModel): Map<string, Set<string>> {
  const byScope = new Map<string, Set<string>>();
  for (const resource of model.resources) {
    const scope = scopeOf(resource);
    let ids = byScope.get(scope);
    if (!ids) byScope.set(scope, (ids = new Set()));
    const id = referenceId(resource);
    ids.add(id);
    if (id.endsWith(']')) ids.add(withoutInstanceKey(id));
  }
  return byScope;
}
