import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth';
import { ClientAssertionCredential, DefaultAzureCredential } from '@azure/identity';
import { UserError } from '../../../core/errors';
import {
  CLOUD_AUDIT_DOCS,
  describeClaims,
  oneLine,
  requestIdToken,
  runnerIdToken,
  type IdTokenSource,
} from '../credentials/github-id-token';
import { authorityHost, type AzureConnection } from './azure-connection';

export const AZURE_AUDIENCE = 'api://AzureADTokenExchange';

export interface AzureOidcOptions {
  tenantId: string;
  /** The application's (or user-assigned managed identity's) client id holding the federated credential. */
  clientId: string;
  /** The `aud` of the GitHub token; the federated credential must list it. */
  audience?: string;
  env?: Record<string, string | undefined>;
  getIdToken?: IdTokenSource;
  connection?: AzureConnection;
}

/**
 * A credential that presents the workflow's GitHub OIDC token to Microsoft Entra ID as a client assertion.
 * Every new access token (ARM and Microsoft Graph each need their own) asks the runner for a fresh GitHub
 * token, so an audit that outlives the first one never presents an expired assertion (AADSTS700024).
 */
export function azureOidcCredential(options: AzureOidcOptions): TokenCredential {
  const audience = options.audience || AZURE_AUDIENCE;
  const env = options.env ?? process.env;
  const getIdToken = options.getIdToken ?? runnerIdToken;
  const connection = options.connection ?? {};
  let lastToken = '';
  let tokenFailure: UserError | undefined;
  const credential = new ClientAssertionCredential(
    options.tenantId,
    options.clientId,
    async () => {
      try {
        tokenFailure = undefined;
        return (lastToken = await requestIdToken(env, audience, getIdToken));
      } catch (error) {
        // MSAL wraps what the callback throws; the runner's own explanation is kept to be rethrown as it is.
        if (error instanceof UserError) tokenFailure = error;
        throw error;
      }
    },
    {
      authorityHost: authorityHost(connection),
      ...(connection.endpoint ? { disableInstanceDiscovery: true } : {}),
      ...(connection.agent ? { agent: connection.agent } : {}),
    },
  );
  return explained(credential, (error) => tokenFailure ?? exchangeError(error, options, audience, lastToken));
}

/** The CLI's credential: environment, workload identity, managed identity, Azure CLI or PowerShell login. */
export function azureDefaultCredential(connection: AzureConnection = {}): TokenCredential {
  const credential = new DefaultAzureCredential({
    authorityHost: authorityHost(connection),
    ...(connection.agent ? { agent: connection.agent } : {}),
  });
  return explained(
    credential,
    (error) =>
      new UserError(
        `cloudgate found no Azure credentials: ${oneLine(error)}`,
        'Sign in with `az login`, or set AZURE_TENANT_ID, AZURE_CLIENT_ID and a secret, certificate or federated token file.',
        CLOUD_AUDIT_DOCS,
      ),
  );
}

/** Wraps a credential so a refusal reads as what to fix instead of the raw MSAL error. */
function explained(credential: TokenCredential, explain: (error: unknown) => Error): TokenCredential {
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      try {
        return await credential.getToken(scopes, options);
      } catch (error) {
        throw explain(error);
      }
    },
  };
}

function exchangeError(error: unknown, options: AzureOidcOptions, audience: string, token: string): Error {
  if (error instanceof UserError) return error;
  const text = oneLine(error);
  const claims = token ? `; the token's ${describeClaims(token)}` : '';
  if (/AADSTS70021|AADSTS700213|AADSTS700211/.test(text)) {
    return new UserError(
      `Microsoft Entra ID found no federated credential matching this workflow for client ${options.clientId}${claims}.`,
      `Add a federated credential to the application or managed identity with issuer https://token.actions.githubusercontent.com, the subject above and audience "${audience}".`,
      CLOUD_AUDIT_DOCS,
    );
  }
  if (/AADSTS700016|AADSTS90002|AADSTS900023/.test(text)) {
    return new UserError(
      `Microsoft Entra ID does not know client ${options.clientId} in tenant ${options.tenantId}: ${text}`,
      'Check the client-id and tenant-id inputs: they are the application (client) id and the directory (tenant) id.',
      CLOUD_AUDIT_DOCS,
    );
  }
  return new UserError(
    `Microsoft Entra ID did not exchange the GitHub OIDC token for client ${options.clientId}: ${text}`,
    undefined,
    CLOUD_AUDIT_DOCS,
  );
}
