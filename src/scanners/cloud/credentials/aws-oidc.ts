import * as core from '@actions/core';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { UserError } from '../../../core/errors';
import { awsClientConfig, type AwsConnectionSettings } from '../aws/aws-clients';
import { errorCode } from '../aws/aws-errors';
import { temporaryCredentials } from './sts-credentials';
import {
  refreshingCredentials,
  type CredentialProvider,
  type RefreshSettings,
} from './refreshing-credentials';

export const DEFAULT_AUDIENCE = 'sts.amazonaws.com';
export const CLOUD_AUDIT_DOCS = 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/cloud-audit.md';

export interface AwsOidcOptions extends RefreshSettings {
  roleArn: string;
  /** The `aud` of the GitHub token; the IAM OIDC provider must list it. Default `sts.amazonaws.com`. */
  audience?: string;
  /** Region of the STS endpoint. */
  region: string;
  sessionName: string;
  durationSeconds?: number;
  /** Where the runner's token request variables are read. Default process.env. */
  env?: Record<string, string | undefined>;
  /** Default `core.getIDToken`. */
  getIdToken?: (audience: string) => Promise<string>;
  /** Default `core.setSecret`. */
  mask?: (secret: string) => void;
  connection?: AwsConnectionSettings;
}

const ID_TOKEN_HINT =
  'Give the job `permissions: id-token: write` (with the other permissions it needs, such as `contents: read`). ' +
  'A reusable workflow in another organisation needs the caller to grant it too, and pull requests from forks get no OIDC token.';

/**
 * Credentials for `roleArn` from the workflow's GitHub OIDC token: the token is requested, exchanged with
 * STS AssumeRoleWithWebIdentity, and the credentials are masked in the log and kept in memory only. Before
 * they expire, a new token is requested and the role assumed again.
 */
export function awsOidcCredentials(options: AwsOidcOptions): CredentialProvider {
  const audience = options.audience || DEFAULT_AUDIENCE;
  const env = options.env ?? process.env;
  const getIdToken = options.getIdToken ?? ((aud: string) => core.getIDToken(aud));
  const mask = options.mask ?? ((secret: string) => core.setSecret(secret));
  const sts = new STSClient(awsClientConfig(STSClient, options.region, undefined, options.connection ?? {}));
  return refreshingCredentials(
    async () => {
      const token = await requestToken(env, audience, getIdToken);
      try {
        const output = await sts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: options.roleArn,
            RoleSessionName: options.sessionName,
            WebIdentityToken: token,
            ...(options.durationSeconds ? { DurationSeconds: options.durationSeconds } : {}),
          }),
        );
        return temporaryCredentials(output.Credentials, mask, 'AssumeRoleWithWebIdentity');
      } catch (error) {
        throw exchangeError(error, options.roleArn, audience, token);
      }
    },
    options,
    () => sts.destroy(),
  );
}

async function requestToken(
  env: Record<string, string | undefined>,
  audience: string,
  getIdToken: (audience: string) => Promise<string>,
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

function exchangeError(error: unknown, roleArn: string, audience: string, token: string): Error {
  if (error instanceof UserError) return error;
  const code = errorCode(error);
  const claims = describeClaims(token);
  if (code === 'AccessDenied' || code === 'AccessDeniedException') {
    return new UserError(
      `AWS refused to let this workflow assume ${roleArn} (${code}); the token's ${claims}.`,
      `The role's trust policy must allow sts:AssumeRoleWithWebIdentity for the GitHub OIDC provider, with token.actions.githubusercontent.com:aud = "${audience}" and a token.actions.githubusercontent.com:sub condition that matches the subject above.`,
      CLOUD_AUDIT_DOCS,
    );
  }
  if (code === 'InvalidIdentityToken' || code === 'IDPRejectedClaim' || code === 'ExpiredTokenException') {
    return new UserError(
      `AWS did not accept the GitHub OIDC token for ${roleArn} (${code}: ${oneLine(error)}); the token's ${claims}.`,
      `Create the IAM OIDC identity provider for https://token.actions.githubusercontent.com in the role's account with "${audience}" in its audience list.`,
      CLOUD_AUDIT_DOCS,
    );
  }
  return new UserError(
    `STS AssumeRoleWithWebIdentity for ${roleArn} failed (${code}: ${oneLine(error)}).`,
    undefined,
    CLOUD_AUDIT_DOCS,
  );
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

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}
