import type { IacModel } from '../../model/iac-model';
import { child, str } from '../../model/node';
import type { Resource } from '../../model/resource';

/**
 * The Terraform resource graph, from the references each resource records
 * (`resource.references`). Built once per model on first use and rebuilt when
 * resources were added; works for HCL and plan resources alike. Two root modules
 * of one scan are separate graphs, as they are separate Terraform runs.
 */
export interface ReferenceQuery {
  /** Only resources of these types (`aws_s3_bucket_policy`, `data.aws_iam_policy_document`). */
  type?: string | readonly string[];
  /** Only references made in this top-level attribute or block of the referring resource (`bucket`). */
  attribute?: string;
  /**
   * Also count a resource whose `attribute` holds, as a known string, the value of one of these
   * attributes of the target: `bucket = "app-logs"` written out instead of `aws_s3_bucket.logs.id`.
   * Needs `attribute`.
   */
  matchValueOf?: readonly string[];
}

interface Edge {
  from: Resource;
  to: Resource;
  attribute: string;
}

interface GraphIndex {
  size: number;
  incoming: Map<Resource, Edge[]>;
  outgoing: Map<Resource, Edge[]>;
}

const indexes = new WeakMap<IacModel, GraphIndex>();

/** Resources that refer to `resource` (e.g. the public access blocks and policies of a bucket). */
export function referencesTo(
  model: IacModel,
  resource: Resource,
  query: string | ReferenceQuery = {},
): Resource[] {
  const options = typeof query === 'string' ? { type: query } : query;
  const edges = (graph(model).incoming.get(resource) ?? []).filter(
    (edge) => !options.attribute || edge.attribute === options.attribute,
  );
  const found = new Set(edges.map((edge) => edge.from));
  if (options.attribute && options.matchValueOf) {
    for (const candidate of byValue(model, resource, options.attribute, options.matchValueOf))
      found.add(candidate);
  }
  return [...found].filter((candidate) => typeMatches(candidate, options.type));
}

/** Resources that `resource` refers to (e.g. the KMS key of an encryption configuration). */
export function referencesFrom(
  model: IacModel,
  resource: Resource,
  query: string | ReferenceQuery = {},
): Resource[] {
  const options = typeof query === 'string' ? { type: query } : query;
  const edges = (graph(model).outgoing.get(resource) ?? []).filter(
    (edge) => !options.attribute || edge.attribute === options.attribute,
  );
  return [...new Set(edges.map((edge) => edge.to))].filter((candidate) =>
    typeMatches(candidate, options.type),
  );
}

function typeMatches(resource: Resource, type: ReferenceQuery['type']): boolean {
  if (type === undefined) return true;
  return typeof type === 'string' ? resource.type === type : type.includes(resource.type);
}

/** The scope a Terraform address is unique in: the root module folder (HCL) or the plan file. */
function scopeOf(resource: Resource): string {
  return `${resource.format}\0${resource.meta.root ?? resource.file}`;
}

function baseAddress(address: string): string {
  return address.replace(/\[[^\]]*\]$/, '');
}

function graph(model: IacModel): GraphIndex {
  const cached = indexes.get(model);
  if (cached && cached.size === model.resources.length) return cached;
  const exact = new Map<string, Resource>();
  const byBase = new Map<string, Resource[]>();
  for (const resource of model.resources) {
    if (resource.format !== 'terraform' && resource.format !== 'terraform-plan') continue;
    const scope = scopeOf(resource);
    exact.set(`${scope}\0${resource.address}`, resource);
    const key = `${scope}\0${baseAddress(resource.address)}`;
    const list = byBase.get(key);
    if (list) list.push(resource);
    else byBase.set(key, [resource]);
  }
  const incoming = new Map<Resource, Edge[]>();
  const outgoing = new Map<Resource, Edge[]>();
  for (const from of model.resources) {
    if (!from.references) continue;
    const scope = scopeOf(from);
    for (const reference of from.references) {
      const targets = reference.address.endsWith(']')
        ? [exact.get(`${scope}\0${reference.address}`)].filter((target): target is Resource => !!target)
        : (byBase.get(`${scope}\0${reference.address}`) ?? []);
      for (const to of targets) {
        if (to === from) continue;
        const edge = { from, to, attribute: reference.attribute };
        append(incoming, to, edge);
        append(outgoing, from, edge);
      }
    }
  }
  const index = { size: model.resources.length, incoming, outgoing };
  indexes.set(model, index);
  return index;
}

function append(map: Map<Resource, Edge[]>, key: Resource, edge: Edge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

function byValue(
  model: IacModel,
  target: Resource,
  attribute: string,
  targetAttributes: readonly string[],
): Resource[] {
  const wanted = new Set(
    targetAttributes.map((name) => str(child(target.body, name))).filter((value): value is string => !!value),
  );
  if (wanted.size === 0) return [];
  const scope = scopeOf(target);
  return model.resources.filter((candidate) => {
    if (candidate === target || scopeOf(candidate) !== scope) return false;
    const value = str(child(candidate.body, attribute));
    return value !== undefined && wanted.has(value);
  });
}
