import { UserError } from '../../../../src/core/errors';
import {
  gcpOidcCredential,
  parseWorkloadIdentityProvider,
} from '../../../../src/scanners/cloud/gcp/gcp-credential';
import { PROVIDER, SERVICE_ACCOUNT, startGcpHarness, type GcpHarness } from './gcp-harness';

const seed = {
  projects: [{ projectId: 'shop-prod', projectNumber: '555000111222', resources: {} }],
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

describe('GCP workload identity federation against loopback STS and IAM Credentials (real google-auth-library)', () => {
  let harness: GcpHarness;
  afterEach(async () => harness?.close());

  it('exchanges the GitHub token with the provider audience and impersonates the service account', async () => {
    harness = await startGcpHarness(seed);
    const result = await harness.audit();
    expect(result.coverage.map((entry) => entry.scope)).toEqual(['shop-prod']);
    expect(harness.server.world.exchanges).toEqual([
      {
        subject: 'repo:octo-org/platform:ref:refs/heads/main',
        audience: `https://iam.googleapis.com/${PROVIDER}`,
      },
    ]);
    const reads = harness.server.world.calls.filter((call) => call.path === 'v1/projects');
    expect(reads.map((call) => call.principal)).toEqual([`serviceAccount:${SERVICE_ACCOUNT}`]);
  });

  it('uses the federated identity itself when no service account is given', async () => {
    harness = await startGcpHarness(seed);
    await harness.audit({}, { serviceAccount: undefined });
    const reads = harness.server.world.calls.filter((call) => call.path === 'v1/projects');
    expect(reads.map((call) => call.principal?.split('/subject/')[0])).toEqual([
      'principal://iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/github',
    ]);
  });

  it('explains a token refused by the attribute condition', async () => {
    harness = await startGcpHarness(seed, { repository: 'someone-else/fork' });
    const error = await failure(harness.audit());
    expect(error.describe()).toContain("Google's STS did not exchange the GitHub OIDC token");
    expect(error.describe()).toContain('attribute condition');
  });

  it('explains a service account the pool may not impersonate', async () => {
    harness = await startGcpHarness(seed, { trust: { serviceAccounts: [] } });
    const error = await failure(harness.audit({ projectIds: ['shop-prod'] }));
    expect(error.describe()).toContain('could not impersonate the service account');
  });

  it('rejects a provider name that is not a full resource name, before any call', () => {
    expect(() => parseWorkloadIdentityProvider('github-pool/github-provider')).toThrow(UserError);
    expect(() =>
      gcpOidcCredential({
        workloadIdentityProvider: 'projects/my-project/locations/global/workloadIdentityPools/p/providers/x',
      }),
    ).toThrow(/not a provider's resource name/);
    expect(parseWorkloadIdentityProvider(`//iam.googleapis.com/${PROVIDER}`)).toBe(PROVIDER);
  });
});
