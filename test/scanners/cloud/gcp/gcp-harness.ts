import { auditGcp, type GcpAuditOptions } from '../../../../src/scanners/cloud/gcp/audit-gcp';
import { gcpOidcCredential } from '../../../../src/scanners/cloud/gcp/gcp-credential';
import type { GcpConnection } from '../../../../src/scanners/cloud/gcp/gcp-connection';
import type { ScopeAuditResult } from '../../../../src/scanners/cloud/engine/audit-scopes';
import { startTokenServer, type TokenServer } from '../../../helpers/aws-server/oidc-token-server';
import { startGcpServer, type GcpServer } from '../../../helpers/gcp-server/server';
import type { GcpSeed, WorkloadIdentityTrust } from '../../../helpers/gcp-server/world';

export const PROVIDER =
  'projects/123456789012/locations/global/workloadIdentityPools/github/providers/octo-org';
export const SERVICE_ACCOUNT = 'cloudgate-audit@security-tools.iam.gserviceaccount.com';
export const SUBJECT = 'repo:octo-org/platform:ref:refs/heads/main';

export interface GcpHarness {
  server: GcpServer;
  tokens: TokenServer;
  env: Record<string, string>;
  connection: GcpConnection;
  audit(
    options?: Partial<GcpAuditOptions>,
    credential?: { serviceAccount?: string | undefined },
  ): Promise<ScopeAuditResult>;
  close(): Promise<void>;
}

/** A GitHub token server and a loopback Google Cloud seeded with `seed`, wired as the action wires them. */
export async function startGcpHarness(
  seed: GcpSeed,
  overrides: {
    subject?: string;
    repository?: string;
    trust?: Partial<WorkloadIdentityTrust>;
    pageSize?: number;
  } = {},
): Promise<GcpHarness> {
  const tokens = await startTokenServer({
    subject: overrides.subject ?? SUBJECT,
    repository: overrides.repository ?? 'octo-org/platform',
  });
  const server = await startGcpServer({
    seed,
    trust: {
      provider: PROVIDER,
      repository: 'octo-org/platform',
      serviceAccounts: [SERVICE_ACCOUNT],
      ...overrides.trust,
    },
    githubKey: tokens.publicKey,
    ...(overrides.pageSize ? { pageSize: overrides.pageSize } : {}),
  });
  const env = {
    ACTIONS_ID_TOKEN_REQUEST_URL: tokens.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: tokens.requestToken,
  };
  const connection: GcpConnection = { endpoint: server.endpoint };
  return {
    server,
    tokens,
    env,
    connection,
    audit: (options = {}, credential = { serviceAccount: SERVICE_ACCOUNT }) =>
      auditGcp({
        credential: gcpOidcCredential({
          workloadIdentityProvider: PROVIDER,
          ...(credential.serviceAccount ? { serviceAccount: credential.serviceAccount } : {}),
          env,
          getIdToken: (audience) => fetchIdToken(tokens, audience),
          connection,
        }),
        projectIds: [],
        connection,
        ...options,
      }),
    close: () => Promise.all([server.close(), tokens.close()]).then(() => undefined),
  };
}

async function fetchIdToken(tokens: TokenServer, audience: string): Promise<string> {
  const response = await fetch(`${tokens.requestUrl}&audience=${encodeURIComponent(audience)}`, {
    headers: { authorization: `bearer ${tokens.requestToken}` },
  });
  if (!response.ok) throw new Error(`token request failed with HTTP ${response.status}`);
  return ((await response.json()) as { value: string }).value;
}
