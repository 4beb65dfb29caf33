import type { Finding } from '../../../../src/core/finding';
import type { ScopeAuditResult } from '../../../../src/scanners/cloud/engine/audit-scopes';
import { azureTenant, INSECURE_SUB } from '../../../helpers/azure-server/seeds/azure-tenant';
import type { AzureFault } from '../../../helpers/azure-server/world';
import { startAzureHarness, type AzureHarness } from './azure-harness';

function pairs(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.ruleId} ${finding.resource}`).sort();
}

function notAssessed(result: ScopeAuditResult): string[] {
  return result.report.notices
    .filter((notice) => notice.kind === 'not-assessed')
    .map((notice) => notice.ruleId ?? '')
    .sort();
}

const expected = azureTenant()
  .expectations.map((expectation) => `${expectation.check} ${expectation.resource}`)
  .sort();

describe('Azure audit when Azure refuses, throttles or pages', () => {
  let harness: AzureHarness | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  async function audit(faults: AzureFault[], pageSize?: number): Promise<ScopeAuditResult> {
    harness = await startAzureHarness(azureTenant(), pageSize ? { pageSize } : {});
    harness.server.world.faults = faults;
    return harness.audit();
  }

  it('reports only the checks needing a refused list as not assessed, naming the subscription and reason', async () => {
    const result = await audit([
      {
        path: new RegExp(`^/subscriptions/${INSECURE_SUB}/providers/Microsoft\\.Sql/servers$`, 'i'),
        status: 403,
        code: 'AuthorizationFailed',
        message: "The client does not have authorization to perform action 'Microsoft.Sql/servers/read'.",
      },
    ]);
    const sqlChecks = [
      'azure-audit-sql-auditing-disabled',
      'azure-audit-sql-firewall-allows-azure-services',
      'azure-audit-sql-firewall-open-to-internet',
      'azure-audit-sql-public-network-access',
      'azure-audit-sql-tde-disabled',
    ];
    expect(notAssessed(result)).toEqual(sqlChecks);
    const notice = result.report.notices.find((candidate) => candidate.ruleId === sqlChecks[0]);
    expect(notice?.message).toContain(`subscription ${INSECURE_SUB}`);
    expect(notice?.message).toContain('AuthorizationFailed');
    expect(pairs(result.report.findings)).toEqual(
      expected.filter((pair) => !pair.startsWith('azure-audit-sql-')),
    );
    const outcomes = result.coverage.find((entry) => entry.scope === INSECURE_SUB)?.outcomes;
    expect(outcomes?.get('azure-audit-sql-tde-disabled')).toBe('not-assessed');
    expect(outcomes?.get('azure-audit-storage-min-tls-outdated')).toBe('failed');
  });

  it('leaves the other vaults and checks assessed when one vault refuses its key list', async () => {
    const result = await audit([
      { path: /\/vaults\/kv-legacy-app\/keys$/i, status: 403, code: 'AuthorizationFailed' },
    ]);
    expect(notAssessed(result)).toEqual(['azure-audit-keyvault-key-without-expiry']);
    expect(result.report.notices.find((notice) => notice.kind === 'not-assessed')?.message).toContain(
      'kv-legacy-app',
    );
    expect(pairs(result.report.findings)).toEqual(
      expected.filter((pair) => !pair.startsWith('azure-audit-keyvault-key-without-expiry')),
    );
  });

  it('retries a throttled call after Retry-After and finds the same', async () => {
    const result = await audit([
      {
        path: new RegExp(
          `^/subscriptions/${INSECURE_SUB}/providers/Microsoft\\.Storage/storageAccounts$`,
          'i',
        ),
        status: 429,
        code: 'TooManyRequests',
        times: 1,
        retryAfterSeconds: 0,
      },
    ]);
    expect(pairs(result.report.findings)).toEqual(expected);
    expect(notAssessed(result)).toEqual([]);
    const storageCalls = harness!.server.world.calls.filter((call) =>
      call.path.endsWith(`${INSECURE_SUB}/providers/Microsoft.Storage/storageAccounts`),
    );
    expect(storageCalls.map((call) => call.status)).toEqual([429, 200]);
  });

  it('follows nextLink through lists served two items a page', async () => {
    const result = await audit([], 2);
    expect(pairs(result.report.findings)).toEqual(expected);
    expect(notAssessed(result)).toEqual([]);
    const assignmentPages = harness!.server.world.calls.filter((call) =>
      call.path.endsWith(`${INSECURE_SUB}/providers/Microsoft.Authorization/roleAssignments`),
    );
    const seeded = azureTenant().subscriptions.find((subscription) => subscription.id === INSECURE_SUB)!
      .resources[`/subscriptions/${INSECURE_SUB}/providers/Microsoft.Authorization/roleAssignments`] as {
      value: unknown[];
    };
    expect(seeded.value.length).toBeGreaterThan(4);
    expect(assignmentPages.length).toBe(Math.ceil(seeded.value.length / 2));
  });

  it('counts a provider that is not registered as having no resources', async () => {
    const result = await audit([
      {
        path: /\/providers\/Microsoft\.ContainerService\/managedClusters$/i,
        status: 404,
        code: 'MissingSubscriptionRegistration',
        message: "The subscription is not registered to use namespace 'Microsoft.ContainerService'.",
      },
    ]);
    expect(notAssessed(result)).toEqual([]);
    expect(pairs(result.report.findings)).toEqual(
      expected.filter((pair) => !pair.startsWith('azure-audit-aks-')),
    );
  });

  it('does not assess the checks reading Microsoft Graph when it refuses, and keeps the rest', async () => {
    const result = await audit([
      {
        path: /^\/graph\/v1\.0\//,
        status: 403,
        code: 'Authorization_RequestDenied',
        message: 'Insufficient privileges to complete the operation.',
      },
    ]);
    const graphChecks = [
      'azure-audit-iam-guest-privileged-role',
      'azure-audit-oidc-github-pull-request-privileged',
      'azure-audit-oidc-github-trust-any-owner',
    ];
    expect(notAssessed(result)).toEqual(graphChecks.flatMap((id) => [id, id]));
    expect(result.report.notices.find((notice) => notice.kind === 'not-assessed')?.message).toContain(
      'Authorization_RequestDenied',
    );
    // Managed identities are read from ARM: their credential is still reported.
    expect(pairs(result.report.findings)).toEqual(
      expected.filter(
        (pair) =>
          !pair.startsWith('azure-audit-iam-guest-privileged-role') && !pair.includes(' /applications/'),
      ),
    );
    const outcomes = result.coverage.find((entry) => entry.scope === INSECURE_SUB)?.outcomes;
    expect(outcomes?.get('azure-audit-iam-guest-privileged-role')).toBe('not-assessed');
  });
});
