import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scanIac } from '../../../src/scanners/iac/scan-iac';

const EXAMPLES = path.join(__dirname, '../../../examples');

describe('examples/azure-audit-identity and examples/gcp-audit-identity', () => {
  it.each(['azure-audit-identity', 'gcp-audit-identity'])('%s passes every cloudgate IaC rule', (folder) => {
    const { report, model } = scanIac({ root: path.join(EXAMPLES, folder), keepModel: true });
    expect(report.findings.map((finding) => finding.ruleId)).toEqual([]);
    expect(report.notices).toEqual([]);
    expect(model.resources.length).toBeGreaterThanOrEqual(5);
  });

  it('is checked for real: the GitHub provider without its attribute condition is reported', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cloudgate-gcp-identity-'));
    try {
      const original = readFileSync(path.join(EXAMPLES, 'gcp-audit-identity/main.tf'), 'utf8');
      const weakened = original.replace(/\n\s*attribute_condition = .*\n/, '\n');
      expect(weakened).not.toBe(original);
      writeFileSync(path.join(dir, 'main.tf'), weakened);
      const { report } = scanIac({ root: dir });
      expect(report.findings.map((finding) => finding.ruleId)).toEqual([
        'gcp-iam-workload-identity-provider-unconditioned',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
