import type { PolicyCondition, PolicyStatement } from './iam-policy';

/** What a condition key constrains. */
export type ConditionKind =
  | 'network'
  | 'organization'
  | 'principal'
  | 'source'
  | 'transport'
  | 'mfa'
  | 'oidc-subject'
  | 'oidc-audience'
  | 'other';

const KEY_KINDS: Record<string, ConditionKind> = {
  'aws:sourceip': 'network',
  'aws:vpcsourceip': 'network',
  'aws:sourcevpc': 'network',
  'aws:sourcevpce': 'network',
  'aws:principalorgid': 'organization',
  'aws:principalorgpaths': 'organization',
  'aws:sourceorgid': 'organization',
  'aws:sourceorgpaths': 'organization',
  'aws:principalaccount': 'principal',
  'aws:principalarn': 'principal',
  'aws:principalservicename': 'principal',
  'aws:userid': 'principal',
  'aws:username': 'principal',
  'aws:sourcearn': 'source',
  'aws:sourceaccount': 'source',
  'aws:securetransport': 'transport',
  'aws:multifactorauthpresent': 'mfa',
  'aws:multifactorauthage': 'mfa',
  'kms:calleraccount': 'principal',
  'kms:viaservice': 'source',
};

export function conditionKind(key: string): ConditionKind {
  const lower = key.toLowerCase();
  const known = KEY_KINDS[lower];
  if (known) return known;
  // Web identity claims: `token.actions.githubusercontent.com:sub`, `accounts.google.com:aud`.
  if (/^[a-z0-9.-]+\.[a-z]+(\/[^:]*)?:(sub|repository|repository_owner|job_workflow_ref)$/.test(lower))
    return 'oidc-subject';
  if (/^[a-z0-9.-]+\.[a-z]+(\/[^:]*)?:(aud|amr)$/.test(lower)) return 'oidc-audience';
  return 'other';
}

/** Operators that only let matching requests through (not negated, not "if exists", not "for all values"). */
export function isPositiveOperator(operator: string): boolean {
  const lower = operator.toLowerCase();
  if (lower.endsWith('ifexists') || lower.startsWith('forallvalues:') || lower === 'null') return false;
  const base = lower.replace(/^foranyvalue:/, '');
  return !/^(stringnot|arnnot|numericnotequals|notipaddress|datenotequals)/.test(base);
}

const OPEN_VALUES = new Set(['*', '0.0.0.0/0', '::/0', '::0/0', 'arn:aws:*', 'arn:*']);

/** Every value lets anything through: `*`, an open network, an ARN that is only wildcards. */
function onlyOpenValues(condition: PolicyCondition): boolean {
  if (condition.unknown) return false;
  if (condition.values.length === 0) return true;
  return condition.values.every((value) => OPEN_VALUES.has(value.trim()) || /^[*?:]+$/.test(value.trim()));
}

/**
 * Whether the condition narrows who can use a statement: callers from a network,
 * an organization, an account, a source resource, or a token subject. A value known
 * only at deploy time counts: someone wrote a restriction we cannot see.
 */
export function restrictsCaller(condition: PolicyCondition): boolean {
  const kind = conditionKind(condition.key);
  if (!['network', 'organization', 'principal', 'source', 'oidc-subject'].includes(kind)) return false;
  return isPositiveOperator(condition.operator) && !onlyOpenValues(condition);
}

/** Whether any condition of the statement narrows its callers, or the condition block cannot be read. */
export function hasCallerRestriction(statement: PolicyStatement): boolean {
  return statement.conditionUnknown || statement.conditions.some(restrictsCaller);
}

function boolValue(condition: PolicyCondition): boolean | undefined {
  if (condition.unknown || condition.values.length !== 1) return undefined;
  const value = condition.values[0]!.trim().toLowerCase();
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

/** `Bool`/`BoolIfExists` on a key with a given value, e.g. `aws:SecureTransport` false. */
export function boolCondition(statement: PolicyStatement, key: string, value: boolean): boolean {
  return statement.conditions.some(
    (condition) =>
      condition.key.toLowerCase() === key.toLowerCase() &&
      /^bool(ifexists)?$/i.test(condition.operator) &&
      boolValue(condition) === value,
  );
}

/** A Deny that applies to requests made without TLS: the standard "deny insecure transport" statement. */
export function deniesInsecureTransport(statement: PolicyStatement): boolean {
  return statement.effect === 'Deny' && boolCondition(statement, 'aws:SecureTransport', false);
}

/** A Deny that applies when no MFA was used: the standard "MFA required" statement. */
export function deniesWithoutMfa(statement: PolicyStatement): boolean {
  return statement.effect === 'Deny' && boolCondition(statement, 'aws:MultiFactorAuthPresent', false);
}
