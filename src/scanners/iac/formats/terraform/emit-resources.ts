import type { Platform } from '../../../../core/rule';
import type { Resource } from '../../model/resource';
import type { Expression } from '../../parsers/hcl/ast';
import type { ResourceInstance } from './module-instance';

/** Providers by the prefix of their resource types, the part before the first `_`. */
const PLATFORMS = new Map<string, Platform>([
  ['aws', 'aws'],
  ['azurerm', 'azure'],
  ['azuread', 'azure'],
  ['azapi', 'azure'],
  ['azuredevops', 'azure'],
  ['google', 'gcp'],
  ['google-beta', 'gcp'],
  ['kubernetes', 'kubernetes'],
]);

/** The cloud a resource type belongs to, from its provider prefix; undefined for utility providers (random, null, tls). */
export function platformOf(type: string): Platform | undefined {
  const underscore = type.indexOf('_');
  return underscore > 0 ? PLATFORMS.get(type.slice(0, underscore)) : undefined;
}

/** A resource instance as the model's Resource; resources of utility providers are left out. */
export function toResource(instance: ResourceInstance, rootDir: string): Resource | undefined {
  const { decl, owner } = instance;
  const platform = platformOf(decl.type);
  if (!platform) return undefined;
  const resource: Resource = {
    type: decl.mode === 'data' ? `data.${decl.type}` : decl.type,
    address: instance.address,
    platform,
    format: 'terraform',
    file: decl.file,
    range: decl.block.range,
    body: instance.body,
    meta: {
      name: decl.name,
      mode: decl.mode,
      provider: decl.type.slice(0, decl.type.indexOf('_')),
      providerConfig: decl.provider ? traversalText(decl.provider.expr) : undefined,
      module: owner.address || undefined,
      moduleSource: owner.call?.source,
      calledFrom: owner.call ? `${owner.call.file}:${owner.call.line}` : undefined,
      root: rootDir || '.',
      instanceKey: instance.key === undefined ? undefined : String(instance.key),
      expansion: instance.expansion,
    },
  };
  if (instance.references.length > 0) resource.references = instance.references;
  return resource;
}

function traversalText(expr: Expression): string | undefined {
  if (expr.type === 'variable') return expr.name;
  if (expr.type === 'getattr') {
    const source = traversalText(expr.source);
    return source === undefined ? undefined : `${source}.${expr.name}`;
  }
  if (expr.type === 'literal' && typeof expr.value === 'string') return expr.value;
  return undefined;
}
