import type { PolicyCondition, PolicyStatement } from '../../../collectors/aws/policy-document';

export const GITHUB_ISSUER = 'token.actions.githubusercontent.com';

/** Claim keys that pin a token to repositories (or an owner), in lower case as parsed. */
const SCOPING_KEYS = [
  'sub',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'job_workflow_ref',
].map((claim) => `${GITHUB_ISSUER}:${claim}`);

/** Whether a trust statement lets GitHub Actions tokens (github.com or an enterprise issuer) assume the role. */
export function trustsGithubActions(statement: PolicyStatement): boolean {
  if (statement.effect !== 'Allow') return false;
  const actions = statement.actions.map((action) => action.toLowerCase());
  if (
    !actions.some(
      (action) => action === 'sts:assumerolewithwebidentity' || action === 'sts:*' || action === '*',
    )
  )
    return false;
  return statement.principals.some(
    (principal) =>
      principal.type === 'Federated' &&
      (principal.value === GITHUB_ISSUER || principal.value.includes(`oidc-provider/${GITHUB_ISSUER}`)),
  );
}

function isPositive(condition: PolicyCondition): boolean {
  return !/not|null/i.test(condition.operator.replace(/^For(All|Any)Values?:/i, ''));
}

/**
 * A subject any repository can match: `*`, `repo:*`, or an owner containing a wildcard. Both subject
 * formats name the owner first: `repo:OWNER/REPO:...` and `repo:OWNER@ID/REPO@ID:...`.
 */
export function isOpenSubject(value: string): boolean {
  const trimmed = value.trim();
  if (!trimmed.startsWith('repo:')) return trimmed === '' || /^[*?]/.test(trimmed);
  const owner = trimmed.slice('repo:'.length).split('/')[0] ?? '';
  return owner === '' || /[*?]/.test(owner);
}

export type TrustProblem = { kind: 'unscoped' } | { kind: 'open-subject'; subject: string };

/** Why a GitHub trust statement admits repositories of any owner, or undefined when it is scoped. */
export function githubTrustProblem(statement: PolicyStatement): TrustProblem | undefined {
  const scoping = statement.conditions.filter(
    (condition) => SCOPING_KEYS.includes(condition.key) && isPositive(condition),
  );
  if (scoping.length === 0) return { kind: 'unscoped' };
  // Every condition must hold, so one condition that fixes the owner or repository is enough.
  const subjectOnly = scoping.every((condition) => condition.key === `${GITHUB_ISSUER}:sub`);
  if (!subjectOnly) return undefined;
  if (scoping.some((condition) => condition.values.length > 0 && !condition.values.some(isOpenSubject)))
    return undefined;
  const open = scoping.flatMap((condition) => condition.values).find(isOpenSubject);
  return { kind: 'open-subject', subject: open ?? '' };
}
