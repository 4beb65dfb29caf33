import { referencesFrom } from '../formats/terraform/index';
import type { IacModel } from '../model/iac-model';
import type { ModelNode } from '../model/node';
import type { Resource } from '../model/resource';
import { at, readText } from './gcp-settings';

/** `module.net.google_compute_network.main[0].id` -> `module.net.google_compute_network.main[0]`. */
const ADDRESS_IN_REASON =
  /^((?:module\.[\w-]+(?:\[[^\]]*\])?\.)*(?:data\.)?google[\w-]*\.[\w-]+(?:\[[^\]]*\])?)(?:\.|$)/;

/**
 * The resource addresses one value is computed from: those recorded on an unknown
 * value, else the resource address its reason starts with
 * (`google_service_account.ci.email`). Finer than the graph, which records
 * references per top-level argument: this tells the items of a `members` list apart.
 */
export function referencesIn(node: ModelNode | undefined): string[] {
  if (!node) return [];
  if (node.kind === 'list') return node.items.flatMap(referencesIn);
  if (node.kind !== 'unknown') return [];
  if (node.refersTo?.length) return node.refersTo;
  const match = ADDRESS_IN_REASON.exec(node.reason);
  return match ? [match[1]!] : [];
}

/** The references a top-level argument makes, as addresses; a stable key for grouping (a firewall's network). */
export function argumentReferences(resource: Resource, argument: string): string[] {
  return (resource.references ?? [])
    .filter((reference) => reference.attribute === argument)
    .map((reference) => reference.address);
}

/** Both resources come from the same Terraform root module or plan: names written out literally meet there. */
export function sameRoot(a: Resource, b: Resource): boolean {
  return a.format === b.format && (a.meta.root ?? a.file) === (b.meta.root ?? b.file);
}

/** The name GCP knows a resource by: its `name` argument (or another) when known. */
export function deployedName(resource: Resource, argument = 'name'): string | undefined {
  const value = readText(at(resource.body, argument));
  return value === 'unknown' ? undefined : value;
}

/** A literal value naming the target: equal to one of its names, or a self link or id ending in `/<name>`. */
function namesLiterally(node: ModelNode | undefined, literalNames: readonly string[]): boolean {
  if (node?.kind === 'list') return node.items.some((item) => namesLiterally(item, literalNames));
  const value = readText(node);
  if (value === undefined || value === 'unknown') return false;
  return literalNames.some((name) => value === name || value.endsWith(`/${name}`));
}

/** Resources of `types` the argument of `from` points at: by reference, or by writing their name out in the same root. */
export function resolveTargets(
  model: IacModel,
  from: Resource,
  argument: string,
  types: readonly string[],
  nameArgument = 'name',
): Resource[] {
  const referenced = referencesFrom(model, from, { type: types, attribute: argument });
  const node = at(from.body, argument);
  const named = model.ofTypes(types).filter((candidate) => {
    const name = deployedName(candidate, nameArgument);
    return name !== undefined && sameRoot(from, candidate) && namesLiterally(node, [name]);
  });
  return [...new Set([...referenced, ...named])];
}
