import path from 'node:path';
import { scanIac } from '../../../../src/scanners/iac/scan-iac';
import { AZURE_RULES } from '../../../../src/scanners/iac/rules/azure/index';

const EXAMPLES = path.resolve(__dirname, '../../../../examples/azure');

function scanExample(name: 'hardened' | 'insecure') {
  return scanIac({
    root: path.join(EXAMPLES, name),
    rules: AZURE_RULES,
    today: new Date('2026-06-01T00:00:00Z'),
  });
}

function rulesByFile(
  findings: { ruleId: string; location: { kind: string; path?: string } }[],
): Record<string, Set<string>> {
  const byFile: Record<string, Set<string>> = {};
  for (const finding of findings) {
    const file = finding.location.kind === 'file' ? finding.location.path! : '?';
    (byFile[file] ??= new Set()).add(finding.ruleId);
  }
  return byFile;
}

describe('Azure examples', () => {
  it('hardened ARM templates and Terraform give no finding and no notice', () => {
    const { report, model } = scanExample('hardened');
    expect(report.notices).toEqual([]);
    expect(model.ofFormat('arm').length).toBeGreaterThan(15);
    // Terraform root modules are checked as they are evaluated and not kept in the model.
    expect(report.stats.resources - model.ofFormat('arm').length).toBeGreaterThan(20);
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.message}`)).toEqual([]);
  });

  it('insecure ARM templates and Terraform trip the same rules in both formats', () => {
    const { report } = scanExample('insecure');
    expect(report.notices).toEqual([]);
    const byFile = rulesByFile(report.findings);
    const arm = new Set([...(byFile['azuredeploy.json'] ?? []), ...(byFile['subscription.json'] ?? [])]);
    const terraform = byFile['main.tf'] ?? new Set<string>();
    expect(arm.size).toBeGreaterThanOrEqual(40);
    expect(terraform.size).toBeGreaterThanOrEqual(45);
    const both = [...arm].filter((id) => terraform.has(id));
    expect(both.length).toBeGreaterThanOrEqual(38);
    for (const id of [
      'azure-network-ssh-open-to-internet',
      'azure-iam-privileged-role-at-broad-scope',
      'azure-storage-https-not-enforced',
      'azure-sql-tde-disabled',
    ]) {
      expect([id, arm.has(id), terraform.has(id)]).toEqual([id, true, true]);
    }
  });

  it('names the property as written in each format', () => {
    const { report } = scanExample('insecure');
    const https = report.findings.filter((finding) => finding.ruleId === 'azure-storage-https-not-enforced');
    const messages = Object.fromEntries(
      https.map((finding) => [
        finding.location.kind === 'file' ? finding.location.path : '?',
        finding.message,
      ]),
    );
    expect(messages['azuredeploy.json']).toContain('properties.supportsHttpsTrafficOnly is false');
    expect(messages['azuredeploy.json']).not.toContain('https_traffic_only_enabled');
    expect(messages['main.tf']).toContain('https_traffic_only_enabled is false');
    expect(messages['main.tf']).not.toContain('supportsHttpsTrafficOnly');
  });
});
