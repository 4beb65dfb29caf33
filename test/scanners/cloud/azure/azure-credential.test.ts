import { UserError } from '../../../../src/core/errors';
import { azureOidcCredential } from '../../../../src/scanners/cloud/azure/azure-credential';
import { GraphReader } from '../../../../src/scanners/cloud/azure/graph-reader';
import { AZURE_AUDIT_RULES } from '../../../../src/scanners/cloud/rules/azure/index';
import { CLIENT, startAzureHarness, TENANT, type AzureHarness } from './azure-harness';

/** One ARM check is enough to make the audit ask for tokens; the empty subscription passes it. */
const STORAGE_ONLY = AZURE_AUDIT_RULES.filter(
  (rule) => rule.meta.id === 'azure-audit-storage-secure-transfer-disabled',
);

const SUB = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const seed = {
  subscriptions: [{ id: SUB, displayName: 'Sandbox', resources: {} }],
  graph: {
    "/users?$filter=userType eq 'Guest'&$select=id,userPrincipalName,userType": {
      value: [
        {
          id: 'g-1',
          userPrincipalName: 'vendor_example.com#EXT#@contoso.onmicrosoft.com',
          userType: 'Guest',
        },
      ],
    },
  },
  expectations: [],
};

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('Azure OIDC credential against a loopback Entra ID (real @azure/identity over TLS)', () => {
  let harness: AzureHarness;
  afterEach(async () => harness?.close());

  it('says which federated credential is missing when the subject does not match', async () => {
    harness = await startAzureHarness(seed, { subject: 'repo:octo-org/platform:pull_request' });
    const error = await failure(harness.audit({ subscriptionIds: [SUB] }));
    expect(error.describe()).toContain('found no federated credential matching this workflow');
    expect(error.describe()).toContain('"repo:octo-org/platform:pull_request"');
    expect(error.describe()).toContain('api://AzureADTokenExchange');
  });

  it('names the client and tenant when the application is unknown', async () => {
    harness = await startAzureHarness(seed, {
      federated: { clientId: '11111111-2222-3333-4444-555555555555' },
    });
    const error = await failure(harness.audit({ subscriptionIds: [SUB] }));
    expect(error.describe()).toContain(`does not know client ${CLIENT} in tenant ${TENANT}`);
  });

  it('asks the runner for a fresh GitHub token for every new access token', async () => {
    // Tokens living under MSAL's five-minute refresh margin are renewed on every use.
    harness = await startAzureHarness(seed, { tokenLifetimeSeconds: 120 });
    const result = await harness.audit({ subscriptionIds: [SUB], rules: STORAGE_ONLY });
    expect(result.report.findings).toEqual([]);
    await harness.audit({ subscriptionIds: [SUB], rules: STORAGE_ONLY });
    const assertions = harness.server.world.tokens.map((token) => token.assertionId);
    expect(assertions.length).toBeGreaterThanOrEqual(2);
    expect(new Set(assertions).size).toBe(assertions.length);
    expect(
      harness.tokens.issued.filter((audience) => audience === 'api://AzureADTokenExchange').length,
    ).toBeGreaterThanOrEqual(assertions.length);
  });

  it('gets a separate token for Microsoft Graph, which refuses an ARM token', async () => {
    harness = await startAzureHarness(seed);
    const credential = azureOidcCredential({
      tenantId: TENANT,
      clientId: CLIENT,
      env: harness.env,
      getIdToken: async (audience) => {
        const response = await fetch(
          `${harness.tokens.requestUrl}&audience=${encodeURIComponent(audience)}`,
          {
            headers: { authorization: `bearer ${harness.tokens.requestToken}` },
          },
        );
        return ((await response.json()) as { value: string }).value;
      },
      connection: harness.connection,
    });
    const users = await new GraphReader(credential, harness.connection).list<{ userType: string }>(
      "/users?$filter=userType eq 'Guest'&$select=id,userPrincipalName,userType",
    );
    expect(users.map((user) => user.userType)).toEqual(['Guest']);
    expect(harness.server.world.tokens.map((token) => token.scope)).toEqual([
      'https://graph.microsoft.com/.default',
    ]);
    const armOnly = { getToken: () => credential.getToken('https://management.azure.com/.default') };
    await expect(new GraphReader(armOnly, harness.connection).list('/users')).rejects.toMatchObject({
      statusCode: 401,
      code: 'InvalidAuthenticationTokenAudience',
    });
  });

  it('tells the job to grant id-token: write when the runner offers no token', async () => {
    harness = await startAzureHarness(seed);
    const credential = azureOidcCredential({
      tenantId: TENANT,
      clientId: CLIENT,
      env: {},
      connection: harness.connection,
    });
    const error = await failure(credential.getToken('https://management.azure.com/.default'));
    expect(error.describe()).toContain('id-token: write');
  });
});
