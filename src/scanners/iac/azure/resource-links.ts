import { referencesFrom, referencesTo } from '../formats/terraform/index';
import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';
import { armResourcesByType, at, azureResources, isArm, readText } from './azure-resource';

/**
 * Terraform resources of the given types that refer to `target` in `attribute`
 * (a top-level argument or block): by reference (`azurerm_storage_account.logs.id`)
 * or by writing out the target's name.
 */
export function referencing(
  model: IacModel,
  target: Resource,
  types: readonly string[],
  attribute: string,
): Resource[] {
  if (isArm(target)) return [];
  return referencesTo(model, target, { type: types, attribute, matchValueOf: ['name'] });
}

/** The Terraform resources of the given types that `from` refers to in `attribute`. */
export function referencedBy(
  model: IacModel,
  from: Resource,
  attribute: string,
  types: readonly string[],
): Resource[] {
  if (isArm(from)) return [];
  return referencesFrom(model, from, { type: types, attribute });
}

/**
 * Whether some Terraform resource of `types` next to `subject` sets `attribute` to
 * a value known only at apply time that names no resource of `targetTypes`: it
 * may well point at `subject`, so a rule that wants such a resource stays silent.
 */
export function unresolvedLink(
  model: IacModel,
  subject: Resource,
  types: readonly string[],
  attribute: string,
  targetTypes: readonly string[],
): boolean {
  return azureResources(model, { terraform: types, arm: [] }).some(
    (candidate) =>
      candidate.meta.root === subject.meta.root &&
      at(candidate.body, attribute)?.kind === 'unknown' &&
      referencedBy(model, candidate, attribute, targetTypes).length === 0,
  );
}

/** The name a resource is deployed under: the Terraform `name` argument or the ARM resource name. */
export function deployedName(resource: Resource): string | undefined {
  if (isArm(resource)) return resource.meta.name;
  const name = readText(at(resource.body, 'name'));
  return name === 'unknown' ? undefined : name;
}

/**
 * ARM child resources of `parent` with the given child type (`securityRules`,
 * `blobServices/containers`): nested in it, or declared at the top with a
 * `parent/child` name. The loader names both forms the same way.
 */
export function armChildren(model: IacModel, parent: Resource, childType: string): Resource[] {
  const type = `${parent.type}/${childType}`.toLowerCase();
  const prefix = `${parent.meta.name ?? ''}/`.toLowerCase();
  return (armResourcesByType(model).get(type) ?? []).filter((resource) =>
    (resource.meta.name ?? '').toLowerCase().startsWith(prefix),
  );
}

/** The name of an ARM child's parent: `web-nsg` for `web-nsg/AllowSSH`. */
export function armParentName(child: Resource): string | undefined {
  const name = child.meta.name ?? '';
  const slash = name.lastIndexOf('/');
  return slash > 0 ? name.slice(0, slash) : undefined;
}

/** The ARM resource of `parentType` that a child belongs to, when the scan has it. */
export function armParent(model: IacModel, child: Resource, parentType: string): Resource | undefined {
  const parentName = armParentName(child)?.toLowerCase();
  if (!parentName) return undefined;
  const candidates = azureResources(model, { terraform: [], arm: [parentType] }).filter(
    (resource) => (resource.meta.name ?? '').toLowerCase() === parentName,
  );
  return candidates.find((resource) => resource.file === child.file) ?? candidates[0];
}
