import type { IacModel } from '../../model/iac-model';
import { child, isUnknown, items, str, type ListNode, type MapNode, type ModelNode } from '../../model/node';
import type { Resource } from '../../model/resource';
import { referencesFrom } from './graph';
import { jsonDocument } from './json-document';

const POLICY_DATA_SOURCE = 'data.aws_iam_policy_document';

/**
 * An IAM policy attribute as one JSON-shaped document (`Version`, `Statement`
 * with `Effect`, `Action`, `Resource`, `Principal`, `Condition`), whichever way
 * the configuration wrote it: `jsonencode({...})`, a heredoc or file, a plan's
 * string, or `data.aws_iam_policy_document.x.json` (its `statement` blocks are
 * mapped to the JSON names, keeping their lines). Unknown parts stay unknown
 * nodes; undefined when the policy cannot be read (rules stay silent then).
 */
export function policyDocument(
  model: IacModel,
  resource: Resource,
  attribute = 'policy',
): ModelNode | undefined {
  const node = child(resource.body, attribute);
  const document = jsonDocument(node);
  if (document || !isUnknown(node)) return document;
  const sources = referencesFrom(model, resource, { type: POLICY_DATA_SOURCE, attribute });
  return sources.length === 1 ? documentFromDataSource(sources[0]!) : undefined;
}

/** The JSON shape of an aws_iam_policy_document data source. */
export function documentFromDataSource(source: Resource): MapNode {
  const entries = new Map<string, ModelNode>();
  const version = child(source.body, 'version');
  if (version) entries.set('Version', version);
  const statements = child(source.body, 'statement');
  if (statements?.kind === 'list') {
    const list: ListNode = { ...statements, items: statements.items.map(statementOf) };
    entries.set('Statement', list);
  }
  return { kind: 'map', entries, range: source.range };
}

const RENAMES: [string, string][] = [
  ['sid', 'Sid'],
  ['actions', 'Action'],
  ['not_actions', 'NotAction'],
  ['resources', 'Resource'],
  ['not_resources', 'NotResource'],
];

function statementOf(block: ModelNode): ModelNode {
  if (block.kind !== 'map') return block;
  const entries = new Map<string, ModelNode>();
  // The data source defaults a statement's effect to Allow.
  entries.set('Effect', child(block, 'effect') ?? { kind: 'scalar', value: 'Allow', range: block.range });
  for (const [from, to] of RENAMES) {
    const value = child(block, from);
    if (value) entries.set(to, value);
  }
  const principals = principalsOf(child(block, 'principals'));
  if (principals) entries.set('Principal', principals);
  const notPrincipals = principalsOf(child(block, 'not_principals'));
  if (notPrincipals) entries.set('NotPrincipal', notPrincipals);
  const conditions = conditionsOf(child(block, 'condition'));
  if (conditions) entries.set('Condition', conditions);
  return {
    kind: 'map',
    entries,
    range: block.range,
    ...(block.keyRange ? { keyRange: block.keyRange } : {}),
  };
}

/** `principals { type = "AWS", identifiers = [...] }` blocks -> `{ "AWS": [...] }`; type "*" -> "*". */
function principalsOf(blocks: ModelNode | undefined): ModelNode | undefined {
  if (blocks?.kind !== 'list') return undefined;
  const entries = new Map<string, ModelNode>();
  for (const block of blocks.items) {
    const type = str(child(block, 'type'));
    const identifiers = child(block, 'identifiers');
    if (type === undefined || !identifiers)
      return { kind: 'unknown', reason: 'principals that cannot be read', range: block.range };
    if (type === '*')
      return {
        kind: 'scalar',
        value: '*',
        range: identifiers.range,
        keyRange: identifiers.keyRange ?? block.range,
      };
    const existing = entries.get(type);
    entries.set(
      type,
      existing?.kind === 'list' && identifiers.kind === 'list'
        ? { ...existing, items: [...existing.items, ...identifiers.items] }
        : identifiers,
    );
  }
  return {
    kind: 'map',
    entries,
    range: blocks.range,
    ...(blocks.keyRange ? { keyRange: blocks.keyRange } : {}),
  };
}

/** `condition { test, variable, values }` blocks -> `{ test: { variable: values } }`. */
function conditionsOf(blocks: ModelNode | undefined): ModelNode | undefined {
  if (blocks?.kind !== 'list') return undefined;
  const byTest = new Map<string, Map<string, ModelNode>>();
  for (const block of items(blocks)) {
    const test = str(child(block, 'test'));
    const variable = str(child(block, 'variable'));
    const values = child(block, 'values');
    if (test === undefined || variable === undefined || !values) continue;
    const tests = byTest.get(test) ?? new Map<string, ModelNode>();
    tests.set(variable, values);
    byTest.set(test, tests);
  }
  const entries = new Map<string, ModelNode>(
    [...byTest].map(([test, variables]) => [
      test,
      { kind: 'map', entries: variables, range: blocks.range } as ModelNode,
    ]),
  );
  return {
    kind: 'map',
    entries,
    range: blocks.range,
    ...(blocks.keyRange ? { keyRange: blocks.keyRange } : {}),
  };
}
