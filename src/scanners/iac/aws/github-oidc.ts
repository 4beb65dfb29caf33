import type { IacModel } from '../model/iac-model';
import { at, properties, readText } from './aws-resource';
import { isPositiveOperator } from './iam-conditions';
import type { PolicyCondition, PolicyStatement } from './iam-policy';
import type { PolicyDocumentView } from './policy-documents-view';
import { refersTo, sameScope } from './resource-links';

export const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
const SUBJECT_KEY = `${GITHUB_OIDC_HOST}:sub`;

/**
 * Whether a trust statement accepts GitHub Actions OIDC tokens: its federated
 * principal is GitHub's provider (written out, built with `!Sub`, or a reference to
 * an `aws_iam_openid_connect_provider` for GitHub's URL), or it tests GitHub's claims.
 */
export function trustsGithubOidc(
  model: IacModel,
  view: PolicyDocumentView,
  statement: PolicyStatement,
): boolean {
  const federated =
    statement.principal?.values.filter((principal) => principal.type.toLowerCase() === 'federated') ?? [];
  if (federated.some((principal) => principal.value.includes(GITHUB_OIDC_HOST))) return true;
  if (
    statement.conditions.some((condition) => condition.key.toLowerCase().startsWith(`${GITHUB_OIDC_HOST}:`))
  )
    return true;
  const unknown = statement.principal?.unknownValues ?? [];
  if (unknown.some((node) => node.kind === 'unknown' && node.reason.includes(GITHUB_OIDC_HOST))) return true;
  if (unknown.length === 0) return false;
  const providers = model
    .ofType('aws_iam_openid_connect_provider')
    .filter(
      (provider) =>
        sameScope(provider, view.resource) &&
        (readText(at(properties(provider), 'url')) ?? '').includes(GITHUB_OIDC_HOST),
    );
  const references = [...(view.resource.references ?? []), ...(view.owner.references ?? [])].map(
    (reference) => reference.address,
  );
  const reasons = unknown.map((node) => (node.kind === 'unknown' ? node.reason : ''));
  return providers.some(
    (provider) =>
      references.some((reference) => refersTo(reference, provider)) ||
      reasons.some(
        (reason) => reason.startsWith(`${provider.address}.`) || reason.startsWith(`${provider.address}[`),
      ),
  );
}

/** The positive conditions on the token's `sub` claim. */
export function subjectConditions(statement: PolicyStatement): PolicyCondition[] {
  return statement.conditions.filter(
    (condition) => condition.key.toLowerCase() === SUBJECT_KEY && isPositiveOperator(condition.operator),
  );
}

/**
 * A subject pattern that any repository can match: `*`, `repo:*`, or an owner
 * written with a wildcard (`repo:*org/...`). `repo:my-org/*` names one owner and is scoped.
 */
export function isOpenSubject(value: string): boolean {
  const trimmed = value.trim();
  if (!trimmed.startsWith('repo:')) return /^[*?]/.test(trimmed) || trimmed === '';
  const owner = trimmed.slice('repo:'.length).split('/')[0] ?? '';
  return owner === '' || /[*?]/.test(owner);
}
