import {
  INSECURE_NOW,
  INSECURE_PROJECT,
  insecureSeed,
} from '../../../helpers/gcp-server/seeds/insecure-project';
import type { GcpFault, GcpSeed } from '../../../helpers/gcp-server/world';
import { startGcpHarness, type GcpHarness } from './gcp-harness';

const P = INSECURE_PROJECT;
const pairs = (findings: { ruleId: string; resource: string }[]) =>
  findings.map((finding) => `${finding.ruleId} ${finding.resource}`).sort();
const expected = (seed: GcpSeed, without: string[] = []) =>
  seed.expectations
    .filter((expectation) => !without.includes(expectation.check))
    .map((expectation) => `${expectation.check} ${expectation.resource}`)
    .sort();

describe('GCP audit when Google refuses, throttles or pages', () => {
  let harness: GcpHarness;
  afterEach(async () => harness?.close());

  async function run(faults: GcpFault[], pageSize?: number) {
    const seed = insecureSeed();
    harness = await startGcpHarness(seed, pageSize ? { pageSize } : {});
    harness.server.world.faults = faults;
    const result = await harness.audit({ clock: () => INSECURE_NOW });
    return { seed, result };
  }

  it.each([
    [
      'a refused bucket list',
      /^storage\/v1\/b$/,
      'PERMISSION_DENIED',
      ['storage-bucket-public', 'storage-uniform-access-disabled'],
    ],
    [
      'a disabled GKE API',
      /^v1\/projects\/legacy-sandbox\/locations\/-\/clusters$/,
      'SERVICE_DISABLED',
      [
        'gke-legacy-abac-enabled',
        'gke-private-nodes-disabled',
        'gke-control-plane-unrestricted',
        'gke-network-policy-disabled',
        'gke-workload-identity-disabled',
        'gke-shielded-nodes-disabled',
      ],
    ],
    [
      'every refused getIamPolicy (the project and its KMS keys)',
      /:getIamPolicy$/,
      'PERMISSION_DENIED',
      [
        'iam-basic-role-granted',
        'iam-public-member',
        'iam-service-account-admin-role',
        'iam-service-account-user-project-level',
        'logging-audit-config-incomplete',
        'kms-key-public',
      ],
    ],
  ])('leaves only the checks needing %s not assessed', async (_name, path, reason, checks) => {
    const { seed, result } = await run([{ path, status: 403, reason }]);
    const ids = checks.map((check) => `gcp-audit-${check}`);
    expect(pairs(result.report.findings)).toEqual(expected(seed, ids));
    const notAssessed = result.report.notices.filter((notice) => notice.kind === 'not-assessed');
    const kms = ids.includes('gcp-audit-kms-key-public');
    // A refused key policy is a gap for that key only: the KMS check still reports nothing it cannot see.
    expect([...new Set(notAssessed.map((notice) => notice.ruleId))].sort()).toEqual([...ids].sort());
    for (const notice of notAssessed) expect(notice.message).toContain('HTTP 403');
    expect(result.coverage[0]?.outcomes.get(ids[0]!)).toBe('not-assessed');
    expect(result.coverage[0]?.outcomes.get('gcp-audit-compute-public-ip')).toBe('failed');
    if (kms) expect(notAssessed.some((notice) => notice.message.includes('cryptoKeys/archive'))).toBe(true);
  });

  it('records a gap for one service account whose keys cannot be listed and one bucket whose policy fails', async () => {
    const { seed, result } = await run([
      { path: /serviceAccounts\/etl@[^/]+\/keys$/, status: 403, reason: 'PERMISSION_DENIED' },
      { path: new RegExp(`^storage/v1/b/${P}-public-assets/iam$`), status: 403, reason: 'PERMISSION_DENIED' },
    ]);
    expect(pairs(result.report.findings)).toEqual(
      expected(seed).filter(
        (pair) =>
          pair !==
          `gcp-audit-storage-bucket-public https://www.googleapis.com/storage/v1/b/${P}-public-assets`,
      ),
    );
    const notices = result.report.notices.map((notice) => `${notice.ruleId}: ${notice.message}`).sort();
    expect(notices).toHaveLength(3);
    expect(notices[0]).toMatch(
      /^gcp-audit-iam-service-account-key-older-than-90-days: .*keys of service account etl@/,
    );
    expect(notices[1]).toMatch(
      /^gcp-audit-iam-user-managed-service-account-key: .*keys of service account etl@/,
    );
    expect(notices[2]).toMatch(
      /^gcp-audit-storage-bucket-public: .*IAM policy of bucket legacy-sandbox-public-assets could not be read: HTTP 403/,
    );
  });

  it('retries a 429 once on a GET, a read-only POST and a REST call, with the same findings', async () => {
    const { seed, result } = await run([
      { path: /aggregated\/instances$/, status: 429, reason: 'RESOURCE_EXHAUSTED', times: 1 },
      {
        path: new RegExp(`^v1/projects/${P}:getIamPolicy$`),
        status: 429,
        reason: 'RESOURCE_EXHAUSTED',
        times: 1,
      },
      { path: /keyRings\/legacy\/cryptoKeys$/, status: 429, reason: 'RESOURCE_EXHAUSTED', times: 1 },
    ]);
    expect(result.report.notices).toEqual([]);
    expect(pairs(result.report.findings)).toEqual(expected(seed));
    const statuses = (pattern: RegExp) =>
      harness.server.world.calls.filter((call) => pattern.test(call.path)).map((call) => call.status);
    expect(statuses(/aggregated\/instances$/)).toEqual([429, 200]);
    expect(statuses(new RegExp(`^v1/projects/${P}:getIamPolicy$`))).toEqual([429, 200]);
    expect(statuses(/keyRings\/legacy\/cryptoKeys$/)).toEqual([429, 200]);
  });

  it('follows nextPageToken when Google returns two items a page', async () => {
    const { seed, result } = await run([], 2);
    expect(result.report.notices).toEqual([]);
    expect(pairs(result.report.findings)).toEqual(expected(seed));
    const count = (path: string) => harness.server.world.calls.filter((call) => call.path === path).length;
    expect(count(`v1/projects/${P}/serviceAccounts`)).toBe(2);
    expect(count('storage/v1/b')).toBe(2);
    expect(count(`v2/projects/${P}/sinks`)).toBe(2);
    expect(count(`v1/projects/${P}/instances`)).toBe(1);
  });
});
