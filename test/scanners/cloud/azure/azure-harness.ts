import { Agent } from 'node:https';
import { azureOidcCredential } from '../../../../src/scanners/cloud/azure/azure-credential';
import { auditAzure, type AzureAuditOptions } from '../../../../src/scanners/cloud/azure/audit-azure';
import type { AzureConnection } from '../../../../src/scanners/cloud/azure/azure-connection';
import type { ScopeAuditResult } from '../../../../src/scanners/cloud/engine/audit-scopes';
import { startTokenServer, type TokenServer } from '../../../helpers/aws-server/oidc-token-server';
import { startAzureServer, type AzureServer } from '../../../helpers/azure-server/server';
import type { AzureSeed, FederatedCredential } from '../../../helpers/azure-server/world';

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const CLIENT = '0b7f6c2e-5a8d-4c1e-9f3a-6d2b8e4a1c90';
export const SUBJECT = 'repo:octo-org/platform:ref:refs/heads/main';

export interface AzureHarness {
  server: AzureServer;
  tokens: TokenServer;
  env: Record<string, string>;
  connection: AzureConnection;
  audit(options?: Partial<AzureAuditOptions>): Promise<ScopeAuditResult>;
  close(): Promise<void>;
}

/** A GitHub token server and a loopback Azure seeded with `seed`, wired as the action wires them. */
export async function startAzureHarness(
  seed: AzureSeed,
  overrides: {
    subject?: string;
    federated?: Partial<FederatedCredential>;
    tokenLifetimeSeconds?: number;
    pageSize?: number;
  } = {},
): Promise<AzureHarness> {
  const tokens = await startTokenServer({ subject: overrides.subject ?? SUBJECT });
  const server = await startAzureServer({
    seed,
    federated: {
      tenantId: TENANT,
      clientId: CLIENT,
      subject: SUBJECT,
      audience: 'api://AzureADTokenExchange',
      ...overrides.federated,
    },
    githubKey: tokens.publicKey,
    ...(overrides.tokenLifetimeSeconds ? { tokenLifetimeSeconds: overrides.tokenLifetimeSeconds } : {}),
    ...(overrides.pageSize ? { pageSize: overrides.pageSize } : {}),
  });
  const env = {
    ACTIONS_ID_TOKEN_REQUEST_URL: tokens.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: tokens.requestToken,
  };
  const agent = new Agent({ ca: server.ca, keepAlive: true });
  const connection: AzureConnection = { endpoint: server.endpoint, agent, maxRetries: 2 };
  return {
    server,
    tokens,
    env,
    connection,
    audit: (options = {}) =>
      auditAzure({
        credential: azureOidcCredential({
          tenantId: TENANT,
          clientId: CLIENT,
          env,
          getIdToken: (audience) => fetchIdToken(tokens, audience),
          connection,
        }),
        subscriptionIds: [],
        connection,
        ...options,
      }),
    close: async () => {
      agent.destroy();
      await Promise.all([server.close(), tokens.close()]);
    },
  };
}

/** The runner's token request, as core.getIDToken makes it. */
async function fetchIdToken(tokens: TokenServer, audience: string): Promise<string> {
  const response = await fetch(`${tokens.requestUrl}&audience=${encodeURIComponent(audience)}`, {
    headers: { authorization: `bearer ${tokens.requestToken}` },
  });
  if (!response.ok) throw new Error(`token request failed with HTTP ${response.status}`);
  return ((await response.json()) as { value: string }).value;
}
