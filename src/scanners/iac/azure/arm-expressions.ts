import { isExpression, parseArmExpression, type ArmExpression } from '../formats/arm/arm-expression-parser';
import type { IacModel } from '../model/iac-model';
import { child, text, type ModelNode } from '../model/node';
import type { Resource } from '../model/resource';
import { parseYaml } from '../parsers/yaml';

/**
 * Some ARM values are only known at deployment (`subscriptionResourceId(...)`,
 * `subscription().id`) yet their arguments say all a rule needs: which built-in
 * role a `roleDefinitionId` names, or that a scope is the subscription. These
 * helpers read the expression as written, from the template's text.
 */

/** The expression written where an unknown ARM value came from, when it sat on one line. */
export function writtenExpression(
  model: IacModel,
  resource: Resource,
  node: ModelNode | undefined,
): ArmExpression | undefined {
  if (node?.kind !== 'unknown' || node.range.startLine !== node.range.endLine) return undefined;
  const line = model.lineText(resource.file, node.range.startLine);
  const literal = line.slice(node.range.startColumn - 1, node.range.endColumn - 1).trim();
  let value: unknown;
  try {
    value = JSON.parse(literal);
  } catch {
    return undefined;
  }
  if (typeof value !== 'string' || !isExpression(value)) return undefined;
  try {
    return parseArmExpression(value);
  } catch {
    return undefined;
  }
}

function templateRoot(model: IacModel, file: string): ModelNode | undefined {
  return model.view(`azure:arm-template:${file}`, () => {
    const source = model.file(file)?.text;
    return source === undefined ? undefined : parseYaml(source).documents[0]?.root;
  });
}

/** A variable or parameter default written as a plain string, which is all argument resolution needs. */
function literalOf(model: IacModel, resource: Resource, expression: ArmExpression): string | undefined {
  if (expression.kind === 'string') return expression.value;
  if (expression.kind !== 'call' || expression.args.length !== 1 || expression.args[0]?.kind !== 'string')
    return undefined;
  const name = expression.args[0].value;
  const root = templateRoot(model, resource.file);
  const found =
    expression.name === 'variables'
      ? child(root, ['variables', name])
      : expression.name === 'parameters'
        ? child(root, ['parameters', name, 'defaultValue'])
        : undefined;
  const value = text(found);
  return value !== undefined && !isExpression(value) ? value : undefined;
}

/** Every string the expression is built from: literals and plain-string variables or parameter defaults. */
export function expressionStrings(
  model: IacModel,
  resource: Resource,
  expression: ArmExpression,
  depth = 0,
): string[] {
  if (depth > 32) return [];
  const own = literalOf(model, resource, expression);
  if (own !== undefined) return [own];
  switch (expression.kind) {
    case 'call':
      return expression.args.flatMap((arg) => expressionStrings(model, resource, arg, depth + 1));
    case 'property':
      return expressionStrings(model, resource, expression.target, depth + 1);
    case 'index':
      return [expression.target, expression.index].flatMap((part) =>
        expressionStrings(model, resource, part, depth + 1),
      );
    default:
      return [];
  }
}

/** Names of the functions an expression calls, lower-cased. */
export function expressionCalls(expression: ArmExpression, depth = 0): string[] {
  if (depth > 32) return [];
  switch (expression.kind) {
    case 'call':
      return [
        expression.name.toLowerCase(),
        ...expression.args.flatMap((arg) => expressionCalls(arg, depth + 1)),
      ];
    case 'property':
      return expressionCalls(expression.target, depth + 1);
    case 'index':
      return [
        ...expressionCalls(expression.target, depth + 1),
        ...expressionCalls(expression.index, depth + 1),
      ];
    default:
      return [];
  }
}

export type DeploymentScope = 'tenant' | 'managementGroup' | 'subscription' | 'resourceGroup';

const SCHEMA_SCOPES: [RegExp, DeploymentScope][] = [
  [/tenantDeploymentTemplate\.json/i, 'tenant'],
  [/managementGroupDeploymentTemplate\.json/i, 'managementGroup'],
  [/subscriptionDeploymentTemplate\.json/i, 'subscription'],
];

/** The scope a template deploys to, from its `$schema`; resource group templates are the default. */
export function deploymentScope(model: IacModel, resource: Resource): DeploymentScope {
  const schema = text(child(templateRoot(model, resource.file), '$schema')) ?? '';
  return SCHEMA_SCOPES.find(([pattern]) => pattern.test(schema))?.[1] ?? 'resourceGroup';
}
