import * as core from '@actions/core';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { UserError } from '../../../core/errors';
import { awsClientConfig, type AwsConnectionSettings } from '../aws/aws-clients';
import { errorCode } from '../aws/aws-errors';
import {
  CLOUD_AUDIT_DOCS,
  describeClaims,
  oneLine,
  requestIdToken,
  runnerIdToken,
  type IdTokenSource,
} from './github-id-token';
import { temporaryCredentials } from './sts-credentials';
import {
  refreshingCredentials,
  type CredentialProvider,
  type RefreshSettings,
} from './refreshing-credentials';

export const DEFAULT_AUDIENCE = 'sts.amazonaws.com';
export { CLOUD_AUDIT_DOCS, describeClaims };

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
  getIdToken?: IdTokenSource;
  /** Default `core.setSecret`. */
  mask?: (secret: string) => void;
  connection?: AwsConnectionSettings;
}

/**
 * Credentials for `roleArn` from the workflow's GitHub OIDC token: the token is requested, exchanged with
 * STS AssumeRoleWithWebIdentity, and the credentials are masked in the log and kept in memory only. Before
 * they expire, a new token is requested and the role assumed again.
 */
export function awsOidcCredentials(options: AwsOidcOptions): CredentialProvider {
  const audience = options.audience || DEFAULT_AUDIENCE;
  const env = options.env ?? process.env;
  const getIdToken = options.getIdToken ?? runnerIdToken;
  const mask = options.mask ?? ((secret: string) => core.setSecret(secret));
  const sts = new STSClient(awsClientConfig(STSClient, options.region, undefined, options.connection ?? {}));
  return refreshingCredentials(
    async () => {
      const token = await requestIdToken(env, audience, getIdToken);
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
