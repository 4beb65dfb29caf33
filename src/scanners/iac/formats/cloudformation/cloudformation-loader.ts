import type { FileInput, FormatLoader, LoadSink } from '../format-loader';
import { child, entries, str, type MapNode, type ModelNode } from '../../model/node';
import { reportYamlErrors } from '../yaml-files';
import { expandShortForm } from './intrinsic-tags';
import { TemplateEvaluator } from './template-evaluator';

const TEMPLATE_EXTENSIONS = new Set(['yaml', 'yml', 'json', 'template', 'cfn', '']);

/**
 * CloudFormation and SAM templates, YAML or JSON. Each resource becomes a model
 * resource whose `Properties` are evaluated as far as the template allows, with
 * the ranges of the template lines, so findings land on the offending property.
 */
export const cloudFormationLoader: FormatLoader = {
  format: 'cloudformation',
  accepts: (file) =>
    TEMPLATE_EXTENSIONS.has(file.extension) &&
    /\bResources\b/.test(file.text) &&
    (/AWSTemplateFormatVersion/.test(file.text) || /AWS::[A-Za-z0-9]+::/.test(file.text)),
  load(file: FileInput, sink: LoadSink): boolean {
    const parsed = file.yaml({ onTag: expandShortForm });
    const template = parsed.documents[0]?.root;
    if (template?.kind !== 'map' || !isTemplate(template)) return false;
    reportYamlErrors(file, parsed, sink);
    const resources = child(template, 'Resources') as MapNode;
    const evaluator = new TemplateEvaluator(template, new Set(resources.entries.keys()));
    for (const [logicalId, declaration] of entries(resources)) {
      if (declaration.kind !== 'map') continue;
      const type = str(child(declaration, 'Type'));
      if (!type) {
        sink.addNotice({
          kind: 'parse-error',
          path: file.path,
          line: declaration.range.startLine,
          message: `resource ${logicalId} has no Type`,
        });
        continue;
      }
      const condition = str(child(declaration, 'Condition'));
      if (condition && evaluator.condition(condition) === false) continue;
      const properties = child(declaration, 'Properties');
      const body = new Map(declaration.entries);
      if (properties) {
        const evaluated = evaluator.evaluate(properties);
        if (evaluated)
          body.set('Properties', {
            ...evaluated,
            ...(properties.keyRange ? { keyRange: properties.keyRange } : {}),
          });
      }
      const keyLine = declaration.keyRange ?? declaration.range;
      sink.addResource({
        type,
        address: logicalId,
        platform: 'aws',
        format: 'cloudformation',
        file: file.path,
        range: { ...declaration.range, startLine: keyLine.startLine, startColumn: keyLine.startColumn },
        body: { ...declaration, entries: body },
        meta: { logicalId, ...(condition ? { condition } : {}) },
      });
    }
    return true;
  },
};

function isTemplate(root: MapNode): boolean {
  const resources = child(root, 'Resources');
  if (resources?.kind !== 'map') return false;
  if (child(root, 'AWSTemplateFormatVersion')) return true;
  return [...resources.entries.values()].some((resource: ModelNode) =>
    /^(AWS|Alexa|Custom)::|^Custom::/.test(str(child(resource, 'Type')) ?? ''),
  );
}
