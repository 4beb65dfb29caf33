import type { Finding } from '../../../../src/core/finding';
import { azureTenant, CLEAN_SUB, INSECURE_SUB } from '../../../helpers/azure-server/seeds/azure-tenant';
import { startAzureHarness, type AzureHarness } from './azure-harness';

function pairs(findings: Finding[], subscription: string): string[] {
  return findings
    .filter((finding) => finding.location.kind === 'cloud' && finding.location.account === subscription)
    .map((finding) => `${finding.ruleId} ${finding.resource}`)
    .sort();
}

describe('Azure audit of a seeded tenant through the real SDKs on loopback', () => {
  let harness: AzureHarness;
  let result: Awaited<ReturnType<AzureHarness['audit']>>;
  const seed = azureTenant();

  beforeAll(async () => {
    harness = await startAzureHarness(seed);
    result = await harness.audit();
  });
  afterAll(async () => harness?.close());

  it('finds exactly the planted misconfigurations in the insecure subscription', () => {
    const expected = seed.expectations
      .map((expectation) => `${expectation.check} ${expectation.resource}`)
      .sort();
    expect(pairs(result.report.findings, INSECURE_SUB)).toEqual(expected);
  });

  it('finds nothing in the hardened subscription and assesses every check there', () => {
    expect(pairs(result.report.findings, CLEAN_SUB)).toEqual([]);
    expect(result.report.notices.filter((notice) => notice.kind === 'not-assessed')).toEqual([]);
    const clean = result.coverage.find((entry) => entry.scope === CLEAN_SUB);
    expect([...(clean?.outcomes.values() ?? [])].every((outcome) => outcome === 'passed')).toBe(true);
  });

  it('places findings in the resource location and names the offending value', () => {
    const byRule = (id: string) =>
      result.report.findings.find((finding) => finding.ruleId === `azure-audit-${id}`);
    const ssh = byRule('network-ssh-open-to-internet');
    expect(ssh?.location).toMatchObject({ kind: 'cloud', provider: 'azure', region: 'westeurope' });
    expect(ssh?.message).toContain('rule AllowSSH (priority 100, source "*")');
    expect(byRule('network-vm-admin-port-exposed')?.message).toMatch(
      /VM vm-jump-01 .*SSH \(TCP 22\) on 51\.105\.20\.33, .*RDP \(TCP 3389\)/,
    );
    expect(byRule('network-watcher-missing')?.location).toMatchObject({ region: 'eastus' });
    expect(byRule('storage-min-tls-outdated')?.message).toContain('TLS1_0');
    expect(byRule('sql-firewall-open-to-internet')?.message).toContain('0.0.0.0 to 255.255.255.255');
    expect(byRule('monitor-activity-log-export-missing')?.message).toContain('Security, Policy, Alert');
    expect(byRule('monitor-nsg-change-alert-missing')?.message).toContain('networkSecurityGroups/delete');
    expect(byRule('monitor-nsg-change-alert-missing')?.message).not.toContain('networkSecurityGroups/write');
    expect(byRule('iam-owner-count-excessive')?.message).toContain('4 principals');
    expect(byRule('iam-guest-privileged-role')?.message).toContain('sam_fabrikam.example#EXT#');
    const anyOwner = result.report.findings.filter((finding) => finding.ruleId.endsWith('trust-any-owner'));
    expect(anyOwner.map((finding) => finding.message).sort()).toEqual([
      "App registration infra-ci federated credential any-infra-repo accepts GitHub subjects of any owner ('repo:*/infra:ref:refs/heads/main').",
      "Managed identity id-batch federated credential org-branches accepts GitHub subjects of any owner ('repo:octo-org*:ref:refs/heads/main').",
    ]);
    expect(byRule('oidc-github-pull-request-privileged')?.message).toContain(
      `holds Contributor at /subscriptions/${INSECURE_SUB}/resourceGroups/rg-web`,
    );
  });

  it('reads Graph with a Graph token and ARM with an ARM token', () => {
    const calls = harness.server.world.calls;
    expect(calls.some((call) => call.path.startsWith('/graph/v1.0/users') && call.audience === 'graph')).toBe(
      true,
    );
    expect(calls.filter((call) => call.status === 401)).toEqual([]);
  });
});
