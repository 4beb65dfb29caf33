import path from 'node:path';
import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';

/**
 * Whether two resources can reference each other: CloudFormation logical ids are
 * local to a template; Terraform addresses are local to a root module's folder.
 */
export function sameScope(a: Resource, b: Resource): boolean {
  return scopeOf(a) === scopeOf(b);
}

const MAX_CACHED_SCOPES = 100_000;
const cloudFormationScopes = new Map<string, string>();
const terraformScopes = new Map<string, string>();
const fileFolders = new Map<string, string>();

export function scopeOf(resource: Resource): string {
  if (resource.format === 'cloudformation') return remembered(cloudFormationScopes, resource.file, 'cfn:');
  return remembered(terraformScopes, resource.meta.root ?? folderOf(resource.file), 'tf:');
}

/** Scope strings are remembered by file and folder, which many resources share. */
function remembered(cache: Map<string, string>, key: string, prefix: string): string {
  let scope = cache.get(key);
  if (scope === undefined) {
    scope = prefix + key;
    if (cache.size < MAX_CACHED_SCOPES) cache.set(key, scope);
  }
  return scope;
}

function folderOf(file: string): string {
  let folder = fileFolders.get(file);
  if (folder === undefined) {
    folder = path.posix.dirname(file);
    if (fileFolders.size < MAX_CACHED_SCOPES) fileFolders.set(file, folder);
  }
  return folder;
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
