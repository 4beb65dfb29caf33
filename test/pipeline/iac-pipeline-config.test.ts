import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../src/core/config';
import { runIacPipeline } from '../../src/pipeline/iac-pipeline';

function workspace(config?: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-pipeline-'));
  writeFileSync(path.join(root, 'main.tf'), 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n');
  if (config !== undefined) writeFileSync(path.join(root, '.cloudgate.yml'), config);
  return root;
}

describe('the IaC pipeline and rule ids in the config', () => {
  it('refuses a config naming a rule cloudgate does not have', () => {
    const root = workspace('rules:\n  disable: [aws-no-such-rule]\n');
    expect(() => runIacPipeline({ root })).toThrow(ConfigError);
    expect(() => runIacPipeline({ root })).toThrow(/unknown rule id "aws-no-such-rule"/);
  });

  it('accepts the ids of audit checks too, since one config serves scans and audits', () => {
    const root = workspace('rules:\n  disable: [gcp-audit-firewall-admin-ports-open]\n');
    expect(runIacPipeline({ root }).config.rules.disable).toEqual(['gcp-audit-firewall-admin-ports-open']);
  });

  it('scans without a config file', () => {
    const { report } = runIacPipeline({ root: workspace() });
    expect(report.stats.files).toBe(1);
  });
});
