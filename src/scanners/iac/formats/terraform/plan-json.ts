import { child, items, str, text, type MapNode, type ModelNode } from '../../model/node';
import type { Resource, ResourceReference } from '../../model/resource';
import type { FileInput, LoadSink } from '../format-loader';
import { platformOf } from './emit-resources';

/**
 * `terraform show -json` output (a plan, or a state): every resource instance of
 * planned_values (or values) becomes a Resource with format 'terraform-plan'.
 * Values known only after apply (resource_changes[].change.after_unknown) become
 * unknown nodes; references come from the configuration section's expressions.
 * Ranges point into the JSON file: the configuration section carries no lines.
 */
export function loadPlan(file: FileInput, sink: LoadSink): boolean {
  const parsed = file.yaml();
  const error = parsed.errors[0];
  if (error) {
    sink.addNotice({
      kind: 'parse-error',
      path: file.path,
      line: error.line,
      column: error.column,
      message: `invalid plan JSON: ${error.message}`,
    });
  }
  const root = parsed.documents[0]?.root;
  const values = child(root, 'planned_values.root_module') ?? child(root, 'values.root_module');
  if (!values || values.kind !== 'map') return parsed.errors.length > 0;
  const unknowns = new Map<string, ModelNode>();
  for (const change of items(child(root, 'resource_changes'))) {
    const address = str(child(change, 'address'));
    const afterUnknown = child(change, 'change.after_unknown');
    if (address && afterUnknown) unknowns.set(address, afterUnknown);
  }
  const references = new Map<string, ResourceReference[]>();
  collectConfiguration(child(root, 'configuration.root_module'), '', references, 0);
  visitModule(values, 0, (node) => {
    const resource = planResource(file.path, node, unknowns, references);
    if (resource) sink.addResource(resource);
  });
  return true;
}

function visitModule(module: ModelNode, depth: number, visit: (resource: ModelNode) => void): void {
  if (depth > 64) return;
  for (const resource of items(child(module, 'resources'))) visit(resource);
  for (const childModule of items(child(module, 'child_modules'))) visitModule(childModule, depth + 1, visit);
}

function planResource(
  path: string,
  node: ModelNode,
  unknowns: Map<string, ModelNode>,
  references: Map<string, ResourceReference[]>,
): Resource | undefined {
  const address = str(child(node, 'address'));
  const type = str(child(node, 'type'));
  const platform = type ? platformOf(type) : undefined;
  if (!address || !type || !platform || node.kind !== 'map') return undefined;
  const mode = str(child(node, 'mode')) === 'data' ? 'data' : 'managed';
  const values = child(node, 'values');
  const base: MapNode =
    values?.kind === 'map' ? values : { kind: 'map', entries: new Map(), range: node.range };
  const body = markUnknown(withoutNulls(base), unknowns.get(address), address, 0);
  const { modulePrefix, configKey } = splitAddress(address);
  const refs = (references.get(configKey) ?? []).map((ref) => ({
    attribute: ref.attribute,
    address: modulePrefix + ref.address,
  }));
  const resource: Resource = {
    type: mode === 'data' ? `data.${type}` : type,
    address,
    platform,
    format: 'terraform-plan',
    file: path,
    range: node.range,
    body,
    meta: {
      name: str(child(node, 'name')),
      mode,
      provider: type.slice(0, type.indexOf('_')),
      providerName: str(child(node, 'provider_name')),
      module: modulePrefix ? modulePrefix.slice(0, -1) : undefined,
      instanceKey: text(child(node, 'index')),
      root: path,
    },
  };
  if (refs.length > 0) resource.references = refs;
  return resource;
}

/** Terraform's plan writes unset attributes as null; the model leaves them out, as for HCL. */
function withoutNulls(node: MapNode): MapNode {
  const entries = new Map(
    [...node.entries].filter(([, value]) => !(value.kind === 'scalar' && value.value === null)),
  );
  return { ...node, entries };
}

function markUnknown(node: MapNode, marks: ModelNode | undefined, path: string, depth: number): MapNode {
  if (marks?.kind !== 'map' || depth > 64) return node;
  const entries = new Map(node.entries);
  for (const [key, mark] of marks.entries) {
    const existing = entries.get(key);
    const where = `${path}.${key}`;
    if (mark.kind === 'scalar' && mark.value === true) {
      entries.set(key, {
        kind: 'unknown',
        reason: `${where} (known after apply)`,
        range: existing?.range ?? node.range,
        ...(existing?.keyRange ? { keyRange: existing.keyRange } : {}),
      });
    } else if (existing?.kind === 'map') entries.set(key, markUnknown(existing, mark, where, depth + 1));
    else if (existing?.kind === 'list' && mark.kind === 'list') {
      const list = existing.items.map((item, index) => {
        const itemMark = mark.items[index];
        if (itemMark?.kind === 'scalar' && itemMark.value === true) {
          return {
            kind: 'unknown' as const,
            reason: `${where}[${index}] (known after apply)`,
            range: item.range,
          };
        }
        return item.kind === 'map' ? markUnknown(item, itemMark, `${where}[${index}]`, depth + 1) : item;
      });
      entries.set(key, { ...existing, items: list });
    }
  }
  return { ...node, entries };
}

/** `module.a["x"].module.b.aws_s3_bucket.c[0]` -> prefix `module.a["x"].module.b.`, config key `module.a.module.b.aws_s3_bucket.c`. */
function splitAddress(address: string): { modulePrefix: string; configKey: string } {
  let modulePrefix = '';
  let configModules = '';
  let rest = address;
  for (
    let match = /^module\.([^.[]+)((?:\[[^\]]*\])?)\./.exec(rest);
    match;
    match = /^module\.([^.[]+)((?:\[[^\]]*\])?)\./.exec(rest)
  ) {
    modulePrefix += match[0];
    configModules += `module.${match[1]}.`;
    rest = rest.slice(match[0].length);
  }
  return { modulePrefix, configKey: configModules + rest.replace(/\[[^\]]*\]$/, '') };
}

function collectConfiguration(
  module: ModelNode | undefined,
  prefix: string,
  into: Map<string, ResourceReference[]>,
  depth: number,
): void {
  if (!module || depth > 64) return;
  for (const resource of items(child(module, 'resources'))) {
    const address = str(child(resource, 'address'));
    if (!address) continue;
    const refs: ResourceReference[] = [];
    for (const [attribute, expression] of child(resource, 'expressions')?.kind === 'map'
      ? (child(resource, 'expressions') as MapNode).entries
      : []) {
      for (const reference of new Set(
        referenceStrings(expression, 0)
          .map(resourceAddress)
          .filter((ref): ref is string => !!ref),
      )) {
        refs.push({ attribute, address: reference });
      }
    }
    into.set(prefix + address, refs);
  }
  const calls = child(module, 'module_calls');
  if (calls?.kind !== 'map') return;
  for (const [name, call] of calls.entries)
    collectConfiguration(child(call, 'module'), `${prefix}module.${name}.`, into, depth + 1);
}

function referenceStrings(node: ModelNode, depth: number): string[] {
  if (depth > 64) return [];
  if (node.kind === 'list') return node.items.flatMap((item) => referenceStrings(item, depth + 1));
  if (node.kind !== 'map') return [];
  const own = items(node.entries.get('references'))
    .map(str)
    .filter((ref): ref is string => !!ref);
  return [
    ...own,
    ...[...node.entries]
      .filter(([key]) => key !== 'references')
      .flatMap(([, value]) => referenceStrings(value, depth + 1)),
  ];
}

/** The resource a configuration reference names, or undefined for var., local., each. and the like. */
function resourceAddress(reference: string): string | undefined {
  const data = /^data\.([^.[]+)\.([^.[]+)((?:\[[^\]]*\])?)/.exec(reference);
  if (data) return `data.${data[1]}.${data[2]}${data[3]}`;
  const match = /^([a-z][a-z0-9-]*_[^.[]*)\.([^.[]+)((?:\[[^\]]*\])?)/.exec(reference);
  return match ? `${match[1]}.${match[2]}${match[3]}` : undefined;
}
