import type { IacModel } from '../model/iac-model';
import { child, items, type ModelNode } from '../model/node';
import type { Resource } from '../model/resource';
import { at, blocks, readText, type Known } from './gcp-settings';
import { readMember, type Member } from './iam-members';
import { jsonDocument, referencesFrom } from '../formats/terraform/index';

/** One member of one binding of a whole-policy document. */
export interface PolicyBinding {
  /** Where the member is written: the data source, or the `_policy` resource for inline JSON. */
  resource: Resource;
  role: Known<string>;
  roleNode?: ModelNode;
  member: Member;
  conditional: Known<boolean>;
}

/**
 * The bindings a `_policy` resource sets: from the `google_iam_policy` data source
 * its `policy_data` reads, or from a JSON document written inline (`jsonencode`,
 * a heredoc), whose members keep their own lines.
 */
export function policyDataGrants(model: IacModel, policy: Resource): PolicyBinding[] {
  const document = jsonDocument(at(policy.body, 'policy_data'));
  if (document) return jsonBindings(policy, document);
  return referencesFrom(model, policy, { type: 'data.google_iam_policy', attribute: 'policy_data' }).flatMap(
    dataSourceBindings,
  );
}

function jsonBindings(policy: Resource, document: ModelNode): PolicyBinding[] {
  return items(child(document, 'bindings')).flatMap((binding) => {
    const roleNode = child(binding, 'role');
    const expression = child(binding, 'condition.expression');
    const text = readText(expression);
    const conditional: Known<boolean> =
      expression === undefined ? false : text === 'unknown' ? 'unknown' : (text ?? '').trim() !== '';
    return memberItems(child(binding, 'members')).map((node) => ({
      resource: policy,
      role: readText(roleNode),
      roleNode,
      member: readMember(node),
      conditional,
    }));
  });
}

/** The member nodes of a `members` list; an unknown list gives none (nothing can be said about it). */
export function memberItems(node: ModelNode | undefined): ModelNode[] {
  return node?.kind === 'list' ? node.items : [];
}

/** true when a `condition` block with an expression is present; 'unknown' when the block is generated from unknown data. */
export function conditionOf(node: ModelNode | undefined): Known<boolean> {
  const conditions = blocks(node);
  if (conditions.length === 0) return false;
  if (conditions.some((condition) => condition.kind === 'unknown')) return 'unknown';
  const expression = readText(at(conditions[0], 'expression'));
  if (expression === 'unknown') return 'unknown';
  return expression !== undefined && expression.trim() !== '';
}

/** The `binding` blocks of a `google_iam_policy` data source, one entry per member. */
export function dataSourceBindings(source: Resource): PolicyBinding[] {
  return blocks(at(source.body, 'binding')).flatMap((binding) => {
    if (binding.kind !== 'map') return [];
    const roleNode = at(binding, 'role');
    const conditional = conditionOf(at(binding, 'condition'));
    return memberItems(at(binding, 'members')).map((node) => ({
      resource: source,
      role: readText(roleNode),
      roleNode,
      member: readMember(node),
      conditional,
    }));
  });
}
