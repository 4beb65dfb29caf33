import * as core from '@actions/core';
import { UserError } from '../../../core/errors';

export const CLOUD_AUDIT_DOCS = 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/cloud-audit.md';

const ID_TOKEN_HINT =
  'Give the job `permissions: id-token: write` (with the other permissions it needs, such as `contents: read`). ' +
  'A reusable workflow in another organisation needs the caller to grant it too, and pull requests from forks get no OIDC token.';

export type IdTokenSource = (audience: string) => Promise<string>;

/** `core.getIDToken`: the runner's token request, retried and masked in the log. */
export const runnerIdToken: IdTokenSource = (audience) => core.getIDToken(audience);

/**
 * A fresh GitHub OIDC token for `audience`. Called before every exchange: the token lives minutes, so a long
 * audit asks for a new one instead of presenting an expired one.
 */
export async function requestIdToken(
  env: Record<string, string | undefined>,
  audience: string,
  getIdToken: IdTokenSource,
): Promise<string> {
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new UserError(
      'cloudgate could not request a GitHub OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL is not set, so this job may not request one.',
      ID_TOKEN_HINT,
      CLOUD_AUDIT_DOCS,
    );
  }
  try {
    return await getIdToken(audience);
  } catch (error) {
    throw new UserError(
      `cloudgate could not get a GitHub OIDC token for the audience "${audience}": ${oneLine(error)}`,
      ID_TOKEN_HINT,
      CLOUD_AUDIT_DOCS,
    );
  }
}

/** The subject and audience of a JWT, read without verifying it, to explain a refusal. */
export function describeClaims(token: string): string {
  try {
    const payload = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as Record<string, unknown>;
    const text = (value: unknown) =>
      typeof value === 'string' ? `"${value}"` : Array.isArray(value) ? JSON.stringify(value) : 'absent';
    return `subject is ${text(payload.sub)} and audience ${text(payload.aud)}`;
  } catch {
    return 'claims could not be read';
  }
}

export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}
