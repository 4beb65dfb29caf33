import type { Notice } from '../../../../core/notice';
import type { Attribute, Block, Body, Expression } from '../../parsers/hcl/ast';
import { basenameOf, withTofuPrecedence } from './terraform-files';

/** One parsed configuration file (.tf, .tf.json, .tofu, .tofu.json) of a module folder. */
export interface ConfigFile {
  /** Relative to the scan root. */
  path: string;
  body: Body;
}

export interface VariableDecl {
  name: string;
  file: string;
  block: Block;
  default?: Expression;
  type?: Expression;
  nullable: boolean;
}

export interface ResourceDecl {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  file: string;
  block: Block;
  count?: Attribute;
  forEach?: Attribute;
  provider?: Attribute;
  dependsOn?: Attribute;
}

export interface ModuleCallDecl {
  name: string;
  file: string;
  block: Block;
  source?: Expression;
  count?: Attribute;
  forEach?: Attribute;
  /** The module's input variables: every attribute but the meta-arguments. */
  inputs: Attribute[];
}

export interface OutputDecl {
  name: string;
  file: string;
  block: Block;
  value?: Attribute;
}

/** Everything a module folder declares, from all its files together. */
export interface ModuleConfig {
  /** Relative to the scan root; '' for the root folder. */
  dir: string;
  variables: Map<string, VariableDecl>;
  locals: Map<string, { attribute: Attribute; file: string }>;
  outputs: Map<string, OutputDecl>;
  /** Keyed `type.name` for resources and `data.type.name` for data sources, in source order. */
  resources: Map<string, ResourceDecl>;
  resourceTypes: Set<string>;
  moduleCalls: Map<string, ModuleCallDecl>;
}

const MODULE_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/** `override.tf` and `*_override.tf` files (`.tofu` too) merge into the blocks they name instead of declaring new ones. */
export function isOverrideFile(path: string): boolean {
  return /^(?:override|.*_override)\.(?:tf|tofu)(?:\.json)?$/.test(basenameOf(path));
}

export function buildModuleConfig(dir: string, files: ConfigFile[], notices: Notice[]): ModuleConfig {
  const config: ModuleConfig = {
    dir,
    variables: new Map(),
    locals: new Map(),
    outputs: new Map(),
    resources: new Map(),
    resourceTypes: new Set(),
    moduleCalls: new Map(),
  };
  const overrides: ConfigFile[] = [];
  for (const file of withTofuPrecedence(files, notices)) {
    if (isOverrideFile(file.path)) overrides.push(file);
    else for (const block of file.body.blocks) addBlock(config, file.path, block, false, notices);
  }
  for (const file of overrides) {
    for (const block of file.body.blocks) addBlock(config, file.path, block, true, notices);
  }
  return config;
}

function attr(body: Body, name: string): Attribute | undefined {
  return body.attributes.find((attribute) => attribute.name === name);
}

function addBlock(
  config: ModuleConfig,
  file: string,
  block: Block,
  override: boolean,
  notices: Notice[],
): void {
  const [first, second] = block.labels;
  switch (block.type) {
    case 'variable':
      if (first) put(config.variables, first, variable(first, file, block), override, notices, block, file);
      return;
    case 'locals':
      for (const attribute of block.body.attributes) {
        if (config.locals.has(attribute.name) && !override)
          duplicate(notices, `local.${attribute.name}`, file, attribute.nameRange.startLine);
        else config.locals.set(attribute.name, { attribute, file });
      }
      return;
    case 'output':
      if (first)
        put(
          config.outputs,
          first,
          { name: first, file, block, value: attr(block.body, 'value') },
          override,
          notices,
          block,
          file,
        );
      return;
    case 'resource':
    case 'data':
      if (!first || !second) return;
      put(
        config.resources,
        `${block.type === 'data' ? 'data.' : ''}${first}.${second}`,
        resource(block, file),
        override,
        notices,
        block,
        file,
      );
      if (block.type === 'resource') config.resourceTypes.add(first);
      return;
    case 'module':
      if (first)
        put(config.moduleCalls, first, moduleCall(first, file, block), override, notices, block, file);
      return;
  }
}

function put<T extends { block: Block }>(
  map: Map<string, T>,
  key: string,
  value: T,
  override: boolean,
  notices: Notice[],
  block: Block,
  file: string,
): void {
  const existing = map.get(key);
  if (!existing) {
    map.set(key, value);
    return;
  }
  if (!override) {
    duplicate(notices, key, file, block.range.startLine);
    return;
  }
  const merged = { ...existing.block, body: mergeBodies(existing.block.body, value.block.body) };
  const rebuilt = rebuild(merged, existing);
  map.set(key, rebuilt as T);
}

/** Top-level attributes of the override replace the original's; its nested block types replace theirs whole. */
function mergeBodies(base: Body, override: Body): Body {
  const names = new Set(override.attributes.map((attribute) => attribute.name));
  const types = new Set(override.blocks.map((block) => block.type));
  return {
    attributes: [
      ...base.attributes.filter((attribute) => !names.has(attribute.name)),
      ...override.attributes,
    ],
    blocks: [...base.blocks.filter((block) => !types.has(block.type)), ...override.blocks],
    range: base.range,
  };
}

function rebuild(block: Block, existing: { block: Block } & Record<string, unknown>): unknown {
  if ('mode' in existing) return resource(block, existing.file as string);
  if ('inputs' in existing) return moduleCall(existing.name as string, existing.file as string, block);
  if ('nullable' in existing) return variable(existing.name as string, existing.file as string, block);
  return { ...existing, block, value: attr(block.body, 'value') };
}

function duplicate(notices: Notice[], key: string, file: string, line: number): void {
  notices.push({
    kind: 'warning',
    path: file,
    line,
    message: `${key} is declared more than once in this module; the first declaration is used`,
  });
}

function variable(name: string, file: string, block: Block): VariableDecl {
  const nullable = attr(block.body, 'nullable')?.expr;
  return {
    name,
    file,
    block,
    default: attr(block.body, 'default')?.expr,
    type: attr(block.body, 'type')?.expr,
    nullable: !(nullable?.type === 'literal' && nullable.value === false),
  };
}

function resource(block: Block, file: string): ResourceDecl {
  const body = block.body;
  return {
    mode: block.type === 'data' ? 'data' : 'managed',
    type: block.labels[0]!,
    name: block.labels[1]!,
    file,
    block,
    count: attr(body, 'count'),
    forEach: attr(body, 'for_each'),
    provider: attr(body, 'provider'),
    dependsOn: attr(body, 'depends_on'),
  };
}

function moduleCall(name: string, file: string, block: Block): ModuleCallDecl {
  const body = block.body;
  return {
    name,
    file,
    block,
    source: attr(body, 'source')?.expr,
    count: attr(body, 'count'),
    forEach: attr(body, 'for_each'),
    inputs: body.attributes.filter((attribute) => !MODULE_META.has(attribute.name)),
  };
}
