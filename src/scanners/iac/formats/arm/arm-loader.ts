import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FileInput, FormatLoader, LoadSink } from '../format-loader';
import { child, entries, items, str, text, type MapNode, type ModelNode } from '../../model/node';
import { parseYaml } from '../../parsers/yaml';
import { reportYamlErrors } from '../yaml-files';
import { ArmEvaluator } from './arm-evaluator';

const TEMPLATE_SCHEMA = /schema\.management\.azure\.com\/schemas\/[^"]*DeploymentTemplate\.json/i;
const PARAMETERS_SCHEMA = /schema\.management\.azure\.com\/schemas\/[^"]*deploymentParameters\.json/i;

/**
 * Azure Resource Manager templates. Each resource (nested child resources too, and the resources of
 * nested deployments with an inline template) becomes a model resource typed like
 * `Microsoft.Network/networkSecurityGroups`, with its expressions evaluated from parameter defaults, a
 * sibling `<name>.parameters.json` and variables.
 */
export const armLoader: FormatLoader = {
  format: 'arm',
  accepts: (file) =>
    file.extension === 'json' && (TEMPLATE_SCHEMA.test(file.text) || PARAMETERS_SCHEMA.test(file.text)),
  load(file: FileInput, sink: LoadSink): boolean {
    const parsed = file.yaml();
    const template = parsed.documents[0]?.root;
    if (template?.kind !== 'map') return false;
    const schema = str(child(template, '$schema')) ?? '';
    if (PARAMETERS_SCHEMA.test(schema)) return true;
    if (!TEMPLATE_SCHEMA.test(schema)) return false;
    reportYamlErrors(file, parsed, sink);
    const evaluator = new ArmEvaluator(template, readParametersFile(file, sink));
    const context: LoadContext = { file, sink, deployment: '', depth: 0 };
    for (const resource of items(child(template, 'resources')))
      addResource(resource, undefined, evaluator, context);
    return true;
  },
};

interface Parent {
  type: string;
  name: string;
}

interface LoadContext {
  file: FileInput;
  sink: LoadSink;
  /** The address prefix of the nested deployment being read, empty at the top. */
  deployment: string;
  depth: number;
}

const DEPLOYMENTS = 'microsoft.resources/deployments';
const MAX_DEPLOYMENT_DEPTH = 8;

function addResource(
  node: ModelNode,
  parent: Parent | undefined,
  evaluator: ArmEvaluator,
  context: LoadContext,
): void {
  const { file, sink } = context;
  if (node.kind !== 'map') return;
  const nested = inlineTemplate(node);
  // An inline template is evaluated in its own scope below, never with the enclosing one's values.
  const evaluated = evaluator.evaluate(nested ? withoutTemplate(node) : node) as MapNode;
  const ownType = str(child(evaluated, 'type')) ?? '';
  const ownName =
    text(child(evaluated, 'name')) ?? `(name known at deployment: ${str(child(node, 'name')) ?? '?'})`;
  const type = parent && !ownType.includes('/') ? `${parent.type}/${ownType}` : ownType;
  const name = parent && !ownName.includes('/') ? `${parent.name}/${ownName}` : ownName;
  if (!type) {
    sink.addNotice({
      kind: 'parse-error',
      path: file.path,
      line: node.range.startLine,
      message: 'resource has no type',
    });
    return;
  }
  const body = new Map(evaluated.entries);
  body.delete('resources');
  const address = `${context.deployment}${type}/${name}`;
  sink.addResource({
    type,
    address,
    platform: 'azure',
    format: 'arm',
    file: file.path,
    range: node.range,
    body: { ...evaluated, entries: body },
    meta: { name, apiVersion: str(child(evaluated, 'apiVersion')) },
  });
  for (const childResource of items(child(node, 'resources')))
    addResource(childResource, { type, name }, evaluator, context);
  if (nested) addDeployment(nested, evaluated, evaluator, { ...context, deployment: `${address}/` });
}

/** The inline template of a nested deployment (`properties.template`), when the resource is one. */
function inlineTemplate(node: MapNode): MapNode | undefined {
  if (str(child(node, 'type'))?.toLowerCase() !== DEPLOYMENTS) return undefined;
  const template = child(node, ['properties', 'template']);
  return template?.kind === 'map' ? template : undefined;
}

function withoutTemplate(node: MapNode): MapNode {
  const properties = child(node, 'properties') as MapNode;
  const entries = new Map(properties.entries);
  entries.delete('template');
  return { ...node, entries: new Map(node.entries).set('properties', { ...properties, entries }) };
}

/**
 * The resources of a nested deployment. With `expressionEvaluationOptions.scope: inner` the template has
 * its own parameters (given by the deployment's `parameters`, evaluated outside) and variables; with the
 * default outer scope its expressions read the enclosing template's.
 */
function addDeployment(
  template: MapNode,
  deployment: MapNode,
  outer: ArmEvaluator,
  context: LoadContext,
): void {
  if (context.depth >= MAX_DEPLOYMENT_DEPTH) {
    context.sink.addNotice({
      kind: 'warning',
      path: context.file.path,
      line: template.range.startLine,
      message: `nested deployments deeper than ${MAX_DEPLOYMENT_DEPTH} levels were not read`,
    });
    return;
  }
  const scope = str(child(deployment, ['properties', 'expressionEvaluationOptions', 'scope']))?.toLowerCase();
  let evaluator = outer;
  if (scope === 'inner') {
    const values = new Map<string, ModelNode>();
    for (const [name, definition] of entries(child(deployment, ['properties', 'parameters']))) {
      const value = child(definition, 'value');
      if (value) values.set(name, value);
    }
    evaluator = new ArmEvaluator(template, values);
  }
  for (const resource of items(child(template, 'resources')))
    addResource(resource, undefined, evaluator, { ...context, depth: context.depth + 1 });
}

/** `azuredeploy.json` takes its values from `azuredeploy.parameters.json` when one sits beside it. */
function readParametersFile(file: FileInput, sink: LoadSink): Map<string, ModelNode> {
  const values = new Map<string, ModelNode>();
  const candidate = file.absolutePath.replace(/\.json$/i, '.parameters.json');
  let content: string;
  try {
    content = readFileSync(candidate, 'utf8');
  } catch {
    return values;
  }
  const root = parseYaml(content).documents[0]?.root;
  for (const [name, definition] of entries(child(root, 'parameters'))) {
    const value = child(definition, 'value');
    if (value) values.set(name, value);
  }
  if (values.size === 0) {
    sink.addNotice({
      kind: 'warning',
      path: path.posix.join(path.posix.dirname(file.path), path.basename(candidate)),
      message: 'parameters file has no values',
    });
  }
  return values;
}
