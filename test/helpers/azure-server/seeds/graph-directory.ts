import type { Expectation } from '../world';

const GITHUB = 'https://token.actions.githubusercontent.com';
const AUDIENCE = ['api://AzureADTokenExchange'];

/** An app registration, its service principal and its federated credentials. */
interface AppSeed {
  id: string;
  appId: string;
  displayName: string;
  principalId: string;
  credentials: Record<string, unknown>[];
}

/** App registrations of the tenant: two hardened (clean subscription), two planted (insecure subscription). */
export const APPS = {
  deployProd: {
    id: 'a0a0a0a0-0000-4000-8000-000000000001',
    appId: 'c1c1c1c1-0000-4000-8000-000000000001',
    displayName: 'platform-deploy-prod',
    principalId: '50000000-0000-4000-8000-000000000001',
    credentials: [
      {
        id: 'f1000000-0000-4000-8000-000000000001',
        name: 'main-production',
        issuer: GITHUB,
        subject: 'repo:octo-org/platform:environment:production',
        audiences: AUDIENCE,
      },
    ],
  },
  previewReader: {
    id: 'a0a0a0a0-0000-4000-8000-000000000002',
    appId: 'c1c1c1c1-0000-4000-8000-000000000002',
    displayName: 'web-preview-reader',
    principalId: '50000000-0000-4000-8000-000000000002',
    credentials: [
      {
        id: 'f1000000-0000-4000-8000-000000000002',
        name: 'pull-requests',
        issuer: GITHUB,
        subject: 'repo:octo-org/web:pull_request',
        audiences: AUDIENCE,
      },
    ],
  },
  infraCi: {
    id: 'a0a0a0a0-0000-4000-8000-000000000003',
    appId: 'c1c1c1c1-0000-4000-8000-000000000003',
    displayName: 'infra-ci',
    principalId: '50000000-0000-4000-8000-000000000003',
    credentials: [
      {
        id: 'f1000000-0000-4000-8000-000000000003',
        name: 'any-infra-repo',
        issuer: GITHUB,
        subject: null,
        claimsMatchingExpression: {
          value: "claims['sub'] matches 'repo:*/infra:ref:refs/heads/main'",
          languageVersion: 1,
        },
        audiences: AUDIENCE,
      },
    ],
  },
  webPreviews: {
    id: 'a0a0a0a0-0000-4000-8000-000000000004',
    appId: 'c1c1c1c1-0000-4000-8000-000000000004',
    displayName: 'web-previews',
    principalId: '50000000-0000-4000-8000-000000000004',
    credentials: [
      {
        id: 'f1000000-0000-4000-8000-000000000004',
        name: 'previews',
        issuer: GITHUB,
        subject: 'repo:octo-org/web:pull_request',
        audiences: AUDIENCE,
      },
    ],
  },
  legacyTool: {
    id: 'a0a0a0a0-0000-4000-8000-000000000005',
    appId: 'c1c1c1c1-0000-4000-8000-000000000005',
    displayName: 'legacy-reporting',
    principalId: '50000000-0000-4000-8000-000000000005',
    credentials: [],
  },
} satisfies Record<string, AppSeed>;

/** Graph answers (path after /v1.0 with the decoded query) for the app registrations. */
export function applicationBodies(): Record<string, unknown> {
  const apps: AppSeed[] = Object.values(APPS);
  const bodies: Record<string, unknown> = {
    '/applications?$select=id,appId,displayName': {
      value: apps.map(({ id, appId, displayName }) => ({ id, appId, displayName })),
    },
  };
  for (const app of apps) {
    bodies[`/applications/${app.id}/federatedIdentityCredentials`] = { value: app.credentials };
    bodies[`/servicePrincipals?$filter=appId eq '${app.appId}'&$select=id,appId`] = {
      value: [{ id: app.principalId, appId: app.appId }],
    };
  }
  return bodies;
}

/** The credentials the insecure subscription's checks must report. */
export function applicationExpectations(): Expectation[] {
  const credential = (app: AppSeed) =>
    `/applications/${app.id}/federatedIdentityCredentials/${String(app.credentials[0]!.id)}`;
  return [
    { check: 'azure-audit-oidc-github-trust-any-owner', resource: credential(APPS.infraCi) },
    { check: 'azure-audit-oidc-github-pull-request-privileged', resource: credential(APPS.webPreviews) },
  ];
}
