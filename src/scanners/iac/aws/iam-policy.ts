import { entries, type ModelNode } from '../model/node';
import { entriesOf, readText } from './aws-resource';
import { parsePolicyText } from './iam-policy-text';

/** One string of a policy element (an action, a resource ARN) and where it is written. */
export interface PolicyValue {
  value: string;
  node: ModelNode;
}

/** An element such as `Action` or `Resource`: its strings, and whether part of it is known only at deploy time. */
export interface PolicyList {
  values: PolicyValue[];
  unknown: boolean;
  node: ModelNode;
}

/** `Principal: "*"` gives type `*`; `{ AWS: [...] }` gives type `AWS` per identifier. */
export interface PolicyPrincipal {
  type: string;
  value: string;
  node: ModelNode;
}

export interface PolicyPrincipals {
  values: PolicyPrincipal[];
  /** Identifiers known only at deploy time (a role ARN from another resource), with their nodes. */
  unknownValues: ModelNode[];
  unknown: boolean;
  node: ModelNode;
}

export interface PolicyCondition {
  /** As written: `StringEquals`, `ForAnyValue:StringLike`, `BoolIfExists`. */
  operator: string;
  /** As written: `aws:SourceIp`. */
  key: string;
  values: string[];
  /** Some value is known only at deploy time. */
  unknown: boolean;
  node: ModelNode;
}

export type PolicyElement =
  'Effect' | 'Action' | 'NotAction' | 'Resource' | 'NotResource' | 'Principal' | 'NotPrincipal' | 'Condition';

export interface PolicyStatement {
  node: ModelNode;
  sid?: string;
  effect: 'Allow' | 'Deny' | 'unknown';
  effectNode?: ModelNode;
  action?: PolicyList;
  notAction?: PolicyList;
  resource?: PolicyList;
  notResource?: PolicyList;
  principal?: PolicyPrincipals;
  notPrincipal?: PolicyPrincipals;
  conditions: PolicyCondition[];
  /** The condition block itself is known only at deploy time. */
  conditionUnknown: boolean;
  /** JSON policy grammar, or the blocks of a Terraform `aws_iam_policy_document`. */
  syntax: 'json' | 'terraform';
}

export interface PolicyDocument {
  node: ModelNode;
  statements: PolicyStatement[];
  /** The statements are (partly) known only at deploy time. */
  unknown: boolean;
}

const TERRAFORM_NAMES: Record<PolicyElement, string> = {
  Effect: 'effect',
  Action: 'actions',
  NotAction: 'not_actions',
  Resource: 'resources',
  NotResource: 'not_resources',
  Principal: 'principals',
  NotPrincipal: 'not_principals',
  Condition: 'condition',
};

/** How a message names a policy element in the syntax the statement was written in. */
export function elementName(statement: PolicyStatement, element: PolicyElement): string {
  return statement.syntax === 'terraform' ? TERRAFORM_NAMES[element] : element;
}

/** Case-insensitive lookup: policy element names are case-sensitive for AWS, but readers forgive case slips. */
function field(node: ModelNode | undefined, name: string): ModelNode | undefined {
  if (node?.kind !== 'map') return undefined;
  const exact = node.entries.get(name);
  if (exact) return exact;
  // Most lookups miss (an optional element left out): compare only keys of the same length.
  let lower: string | undefined;
  for (const key of node.entries.keys()) {
    if (key.length !== name.length) continue;
    lower ??= name.toLowerCase();
    if (key.toLowerCase() === lower) return node.entries.get(key);
  }
  return undefined;
}

/**
 * Reads a JSON policy document (a map, or a string holding JSON) into statements.
 * Returns undefined when the node is not a policy document at all.
 */
export function parsePolicyDocument(node: ModelNode | undefined): PolicyDocument | undefined {
  if (!node) return undefined;
  if (node.kind === 'unknown') return { node, statements: [], unknown: true };
  const document = node.kind === 'scalar' ? parsePolicyText(node) : node;
  if (document?.kind !== 'map') return undefined;
  const statementNode = field(document, 'Statement');
  if (!statementNode) return undefined;
  if (statementNode.kind === 'unknown') return { node: document, statements: [], unknown: true };
  const statements: PolicyStatement[] = [];
  let unknown = false;
  for (const item of entriesOf(statementNode)) {
    if (item.kind === 'map') statements.push(jsonStatement(item));
    else unknown = true;
  }
  return { node: document, statements, unknown };
}

function jsonStatement(node: ModelNode): PolicyStatement {
  const conditionNode = field(node, 'Condition');
  const effectNode = field(node, 'Effect');
  const statement: PolicyStatement = {
    node,
    sid: readKnown(field(node, 'Sid')),
    effect: effectOf(effectNode),
    conditions: jsonConditions(conditionNode),
    conditionUnknown: conditionNode?.kind === 'unknown',
    syntax: 'json',
  };
  if (effectNode) statement.effectNode = effectNode;
  addOptionalElements(statement, node, jsonPrincipals);
  return statement;
}

const OPTIONAL_LISTS: readonly ['action' | 'notAction' | 'resource' | 'notResource', PolicyElement][] = [
  ['action', 'Action'],
  ['notAction', 'NotAction'],
  ['resource', 'Resource'],
  ['notResource', 'NotResource'],
];

/** Sets the lists and principals the statement writes, named in its syntax; one left out stays absent. */
function addOptionalElements(
  statement: PolicyStatement,
  node: ModelNode,
  readPrincipals: (node: ModelNode) => PolicyPrincipals,
): void {
  for (const [key, element] of OPTIONAL_LISTS) {
    const found = field(node, elementName(statement, element));
    if (found) statement[key] = toList(found);
  }
  const principal = field(node, elementName(statement, 'Principal'));
  if (principal) statement.principal = readPrincipals(principal);
  const notPrincipal = field(node, elementName(statement, 'NotPrincipal'));
  if (notPrincipal) statement.notPrincipal = readPrincipals(notPrincipal);
}

function readKnown(node: ModelNode | undefined): string | undefined {
  const value = readText(node);
  return value === 'unknown' ? undefined : value;
}

function effectOf(node: ModelNode | undefined): PolicyStatement['effect'] {
  const value = readText(node)?.toLowerCase();
  if (value === 'allow') return 'Allow';
  if (value === 'deny') return 'Deny';
  return 'unknown';
}

export function toList(node: ModelNode): PolicyList {
  const values: PolicyValue[] = [];
  let unknown = node.kind === 'unknown' || node.kind === 'map';
  for (const item of node.kind === 'list' ? node.items : [node]) {
    const value = readText(item);
    if (value === 'unknown') unknown = true;
    else if (value !== undefined) values.push({ value, node: item });
  }
  return { values, unknown, node };
}

function jsonPrincipals(node: ModelNode): PolicyPrincipals {
  const result: PolicyPrincipals = { values: [], unknownValues: [], unknown: false, node };
  if (node.kind === 'scalar') {
    const value = readKnown(node);
    if (value !== undefined) result.values.push({ type: value === '*' ? '*' : 'AWS', value, node });
    return result;
  }
  if (node.kind !== 'map') return { ...result, unknown: true, unknownValues: [node] };
  for (const [type, identifiers] of entries(node)) addIdentifiers(result, type, identifiers);
  return result;
}

function addIdentifiers(result: PolicyPrincipals, type: string, identifiers: ModelNode): void {
  for (const item of identifiers.kind === 'list' ? identifiers.items : [identifiers]) {
    const value = readText(item);
    if (value === 'unknown') {
      result.unknown = true;
      result.unknownValues.push(item);
    } else if (value !== undefined) result.values.push({ type, value, node: item });
  }
}

function jsonConditions(node: ModelNode | undefined): PolicyCondition[] {
  const conditions: PolicyCondition[] = [];
  for (const [operator, keys] of entries(node)) {
    for (const [key, values] of entries(keys)) conditions.push(condition(operator, key, values, values));
  }
  return conditions;
}

function condition(
  operator: string,
  key: string,
  values: ModelNode | undefined,
  node: ModelNode,
): PolicyCondition {
  const list = values ? toList(values) : undefined;
  return {
    operator,
    key,
    values: list?.values.map((value) => value.value) ?? [],
    unknown: list?.unknown ?? false,
    node,
  };
}

/** The statements of a Terraform `aws_iam_policy_document` data source (its `statement` blocks). */
export function parsePolicyDocumentBlocks(body: ModelNode | undefined): PolicyDocument | undefined {
  if (body?.kind !== 'map') return undefined;
  const blocks = field(body, 'statement');
  const statements = entriesOf(blocks)
    .filter((block) => block.kind === 'map')
    .map(terraformStatement);
  return { node: body, statements, unknown: blocks?.kind === 'unknown' };
}

function terraformStatement(block: ModelNode): PolicyStatement {
  const conditionBlocks = field(block, 'condition');
  const conditions = entriesOf(conditionBlocks).map((entry) => {
    const operator = readKnown(field(entry, 'test')) ?? '';
    const key = readKnown(field(entry, 'variable')) ?? '';
    const parsed = condition(operator, key, field(entry, 'values'), entry);
    if (!operator || !key) parsed.unknown = true;
    return parsed;
  });
  const effectNode = field(block, 'effect');
  const statement: PolicyStatement = {
    node: block,
    sid: readKnown(field(block, 'sid')),
    // The data source defaults to Allow when `effect` is left out.
    effect: effectNode ? effectOf(effectNode) : 'Allow',
    conditions,
    conditionUnknown:
      conditionBlocks?.kind === 'unknown' || conditions.some((entry) => !entry.operator || !entry.key),
    syntax: 'terraform',
  };
  if (effectNode) statement.effectNode = effectNode;
  addOptionalElements(statement, block, terraformPrincipals);
  return statement;
}

function terraformPrincipals(node: ModelNode): PolicyPrincipals {
  const result: PolicyPrincipals = { values: [], unknownValues: [], unknown: node.kind === 'unknown', node };
  for (const block of entriesOf(node)) {
    const type = readText(field(block, 'type'));
    const identifiers = field(block, 'identifiers');
    if (type === 'unknown' || type === undefined || !identifiers) {
      result.unknown = true;
      result.unknownValues.push(block);
      continue;
    }
    addIdentifiers(result, type, identifiers);
  }
  return result;
}
