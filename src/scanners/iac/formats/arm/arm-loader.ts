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
 * Azure Resource Manager templates. Each resource (nested child resources too)
 * becomes a model resource typed like `Microsoft.Network/networkSecurityGroups`,
 * with its expressions evaluated from parameter defaults, a sibling
 * `<name>.parameters.json` and variables.
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
    for (const resource of items(child(template, 'resources')))
      addResource(resource, undefined, evaluator, file, sink);
    return true;
  },
};

interface Parent {
  type: string;
  name: string;
}

function addResource(
  node: ModelNode,
  parent: Parent | undefined,
  evaluator: ArmEvaluator,
  file: FileInput,
  sink: LoadSink,
): void {
  if (node.kind !== 'map') return;
  const evaluated = evaluator.evaluate(node) as MapNode;
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
  sink.addResource({
    type,
    address: `${type}/${name}`,
    platform: 'azure',
    format: 'arm',
    file: file.path,
    range: node.range,
    body: { ...evaluated, entries: body },
    meta: { name, apiVersion: str(child(evaluated, 'apiVersion')) },
  });
  for (const nested of items(child(node, 'resources')))
    addResource(nested, { type, name }, evaluator, file, sink);
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
