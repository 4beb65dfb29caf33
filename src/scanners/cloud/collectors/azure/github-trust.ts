import type { GraphReader } from '../../azure/graph-reader';
import type { AzureSession } from './azure-session';
import { listArm } from './arm-reader';
import { isProviderNotRegistered } from './paging';
import { perResource } from './per-resource';
import type { Collected } from '../aws/collected';
import { mapLimited } from '../aws/limiter';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** A federated credential that lets GitHub Actions workflows sign in as an identity of the tenant. */
export interface GithubTrust {
  kind: 'application' | 'managed identity';
  /** The credential: an ARM id for managed identities, the Graph path for applications. */
  credentialId: string;
  credentialName: string;
  identityName: string;
  /** The object id role assignments name: the service principal, or the managed identity's principal. */
  principalId: string;
  subject?: string;
  expression?: string;
  location?: string;
}

interface Credential {
  id?: string;
  name?: string;
  issuer?: string;
  subject?: string | null;
  claimsMatchingExpression?: { value?: string } | null;
}

interface Application {
  id: string;
  appId: string;
  displayName?: string;
}

const appTrusts = new WeakMap<GraphReader, Promise<GithubTrust[]>>();

/** The tenant's application registrations trusting GitHub (read once per tenant, shared by subscriptions). */
export function collectAppGithubTrusts(session: AzureSession): Promise<GithubTrust[]> {
  let pending = appTrusts.get(session.graph);
  if (!pending) {
    pending = readAppTrusts(session.graph);
    appTrusts.set(session.graph, pending);
  }
  return pending;
}

async function readAppTrusts(graph: GraphReader): Promise<GithubTrust[]> {
  const apps = await graph.list<Application>('/applications?$select=id,appId,displayName');
  const perApp = await mapLimited(apps, 4, async (app): Promise<GithubTrust[]> => {
    const credentials = await graph.list<Credential>(`/applications/${app.id}/federatedIdentityCredentials`);
    const github = credentials.filter((credential) => credential.issuer === GITHUB_ISSUER);
    if (github.length === 0) return [];
    const filter = encodeURIComponent(`appId eq '${app.appId}'`);
    const principals = await graph.list<{ id: string }>(
      `/servicePrincipals?$filter=${filter}&$select=id,appId`,
    );
    return github.map((credential) => ({
      kind: 'application',
      credentialId: `/applications/${app.id}/federatedIdentityCredentials/${credential.id ?? credential.name}`,
      credentialName: credential.name ?? '?',
      identityName: app.displayName ?? app.appId,
      principalId: principals[0]?.id ?? '',
      ...describeMatch(credential),
    }));
  });
  return perApp.flat();
}

function describeMatch(credential: Credential): Pick<GithubTrust, 'subject' | 'expression'> {
  return {
    ...(credential.subject ? { subject: credential.subject } : {}),
    ...(credential.claimsMatchingExpression?.value
      ? { expression: credential.claimsMatchingExpression.value }
      : {}),
  };
}

interface ManagedIdentity {
  id?: string;
  name?: string;
  location?: string;
  properties?: { principalId?: string };
}

/** The subscription's user-assigned managed identities trusting GitHub; per identity, so one refusal stays local. */
export async function collectIdentityGithubTrusts(
  session: AzureSession,
): Promise<Map<string, Collected<GithubTrust[]>>> {
  let identities: ManagedIdentity[];
  try {
    identities = await listArm<ManagedIdentity>(
      session.clients,
      `/subscriptions/${session.subscriptionId}/providers/Microsoft.ManagedIdentity/userAssignedIdentities`,
      '2023-01-31',
      session.maxItems,
    );
  } catch (error) {
    if (isProviderNotRegistered(error)) return new Map();
    throw error;
  }
  return perResource(identities, async (identity) => {
    const credentials = await listArm<{ id?: string; name?: string; properties?: Credential }>(
      session.clients,
      `${identity.id}/federatedIdentityCredentials`,
      '2025-01-31-preview',
      100,
    );
    return credentials
      .filter((credential) => credential.properties?.issuer === GITHUB_ISSUER)
      .map((credential) => ({
        kind: 'managed identity' as const,
        credentialId: credential.id ?? `${identity.id}/federatedIdentityCredentials/${credential.name}`,
        credentialName: credential.name ?? '?',
        identityName: identity.name ?? '?',
        principalId: identity.properties?.principalId ?? '',
        ...(identity.location ? { location: identity.location } : {}),
        ...describeMatch(credential.properties ?? {}),
      }));
  });
}
