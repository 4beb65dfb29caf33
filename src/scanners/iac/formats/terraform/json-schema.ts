import type { ModelNode } from '../../model/node';
import type { JsonBodySchema, JsonPropertyKind } from '../../parsers/hcl/json-syntax';

/**
 * Attribute names whose JSON object is a map argument, not a nested block. Without
 * the provider's schema, every other object (or list of objects) inside a
 * resource is read as nested blocks, which is what they are in almost every case.
 */
const MAP_ARGUMENTS = new Set([
  'tags',
  'tags_all',
  'labels',
  'annotations',
  'variables',
  'app_settings',
  'parameters',
  'triggers',
  'environment_variables',
  'default_tags',
  'resource_labels',
  'user_labels',
]);

const ATTRIBUTE: JsonPropertyKind = { kind: 'attribute' };
const EXPRESSION: JsonPropertyKind = { kind: 'expression' };

function block(labels: number, schema: JsonBodySchema): JsonPropertyKind {
  return { kind: 'block', labels, schema };
}

function looksLikeBlocks(value: ModelNode): boolean {
  if (value.kind === 'map') return true;
  return value.kind === 'list' && value.items.length > 0 && value.items.every((item) => item.kind === 'map');
}

const attributesOnly: JsonBodySchema = (name) => (name === 'depends_on' ? EXPRESSION : ATTRIBUTE);

const nestedBody: JsonBodySchema = (name, value) => {
  if (name === 'dynamic') return block(1, dynamicBody);
  if (!MAP_ARGUMENTS.has(name) && looksLikeBlocks(value)) return block(0, nestedBody);
  return ATTRIBUTE;
};

const dynamicBody: JsonBodySchema = (name) => (name === 'content' ? block(0, nestedBody) : ATTRIBUTE);

const resourceBody: JsonBodySchema = (name, value) => {
  switch (name) {
    case 'count':
    case 'for_each':
    case 'provider':
      return ATTRIBUTE;
    case 'depends_on':
      return EXPRESSION;
    case 'lifecycle':
    case 'connection':
      return block(0, attributesOnly);
    case 'provisioner':
      return block(1, nestedBody);
  }
  return nestedBody(name, value);
};

const variableBody: JsonBodySchema = (name) => {
  if (name === 'default') return { kind: 'literal' };
  if (name === 'type') return EXPRESSION;
  if (name === 'validation') return block(0, attributesOnly);
  return ATTRIBUTE;
};

/** The top level of a Terraform .tf.json file. */
export const TERRAFORM_JSON_SCHEMA: JsonBodySchema = (name) => {
  switch (name) {
    case 'resource':
    case 'data':
      return block(2, resourceBody);
    case 'module':
      return block(1, attributesOnly);
    case 'variable':
      return block(1, variableBody);
    case 'output':
      return block(1, attributesOnly);
    case 'locals':
      return block(0, attributesOnly);
    case 'provider':
      return block(1, nestedBody);
    default:
      return { kind: 'skip' };
  }
};
