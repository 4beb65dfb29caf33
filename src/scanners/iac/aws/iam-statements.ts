import type { ModelNode } from '../model/node';
import { actionMatches } from './iam-action-catalog';
import { hasCallerRestriction } from './iam-conditions';
import type { PolicyPrincipal, PolicyStatement, PolicyValue } from './iam-policy';

/** `*` alone, or `{ "AWS": "*" }`: anyone, including anonymous callers. */
export function isPublicPrincipal(principal: PolicyPrincipal): boolean {
  const type = principal.type.toLowerCase();
  return principal.value.trim() === '*' && (type === '*' || type === 'aws');
}

export function publicPrincipals(statement: PolicyStatement): PolicyPrincipal[] {
  return statement.principal?.values.filter(isPublicPrincipal) ?? [];
}

/**
 * A resource pattern that covers every resource of its kind: `*`, `arn:aws:s3:::*`,
 * `arn:aws:iam::*:role/*`. Such a grant cannot be told apart from "everything".
 */
export function isBroadResource(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '*') return true;
  const parts = trimmed.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return false;
  const resource = parts.slice(5).join(':');
  if (resource === '*') return true;
  // S3 ARNs name buckets directly (`bucket/*` is one bucket's objects); other services prefix a resource type.
  return parts[2] !== 's3' && /^[a-z-]+\/\*$/i.test(resource);
}

export type Answer = boolean | 'unknown';

/** Whether the statement applies to every resource (of a kind): a broad `Resource`, or any `NotResource`. */
export function appliesBroadly(statement: PolicyStatement): Answer {
  if (statement.notResource) return true;
  const resource = statement.resource;
  if (!resource) return 'unknown';
  if (resource.values.some((entry) => isBroadResource(entry.value))) return true;
  return resource.unknown ? 'unknown' : false;
}

/** The action patterns of the statement that cover an action (`iam:PassRole` is covered by `iam:Pass*`). */
export function patternsCovering(statement: PolicyStatement, action: string): PolicyValue[] {
  return statement.action?.values.filter((entry) => actionMatches(entry.value, action)) ?? [];
}

/** Whether the statement's `Action` (or the complement of its `NotAction`) includes an action. */
export function coversAction(statement: PolicyStatement, action: string): Answer {
  if (statement.notAction) {
    if (statement.notAction.values.some((entry) => actionMatches(entry.value, action))) return false;
    return statement.notAction.unknown ? 'unknown' : true;
  }
  if (!statement.action) return 'unknown';
  if (patternsCovering(statement, action).length > 0) return true;
  return statement.action.unknown ? 'unknown' : false;
}

/** An unconditional Deny of the action on every resource in the same document takes the grant away. */
function deniedEverywhere(statements: readonly PolicyStatement[], action: string): boolean {
  return statements.some(
    (statement) =>
      statement.effect === 'Deny' &&
      statement.conditions.length === 0 &&
      !statement.conditionUnknown &&
      appliesBroadly(statement) === true &&
      coversAction(statement, action) === true,
  );
}

/** The Allow statement that grants an action on every resource without conditions, if any. */
export function broadGrant(
  statements: readonly PolicyStatement[],
  action: string,
): PolicyStatement | undefined {
  if (deniedEverywhere(statements, action)) return undefined;
  return statements.find(
    (statement) =>
      statement.effect === 'Allow' &&
      statement.conditions.length === 0 &&
      !statement.conditionUnknown &&
      appliesBroadly(statement) === true &&
      coversAction(statement, action) === true,
  );
}

/** `Action: "*"` (or `*:*`) on `Resource: "*"`: full administrator access, whatever the conditions add. */
export function isAdminStatement(statement: PolicyStatement): PolicyValue | undefined {
  if (statement.effect !== 'Allow') return undefined;
  if (!statement.resource?.values.some((entry) => entry.value.trim() === '*')) return undefined;
  return statement.action?.values.find((entry) => ['*', '*:*'].includes(entry.value.trim()));
}

/** Where an Allow statement opens to anyone: a `*` principal or a `NotPrincipal`, with no condition narrowing the caller. */
export function publicGrant(statement: PolicyStatement): ModelNode | undefined {
  if (statement.effect !== 'Allow' || hasCallerRestriction(statement)) return undefined;
  if (statement.notPrincipal) return statement.notPrincipal.node;
  return publicPrincipals(statement)[0]?.node;
}

/** The actions a statement grants, shortened for a message. */
export function describeActions(statement: PolicyStatement): string {
  if (statement.notAction)
    return `every action except ${statement.notAction.values.map((entry) => entry.value).join(', ')}`;
  const values = statement.action?.values.map((entry) => entry.value) ?? [];
  if (values.length === 0) return 'actions';
  return values.length > 3
    ? `${values.slice(0, 3).join(', ')} and ${values.length - 3} more`
    : values.join(', ');
}
