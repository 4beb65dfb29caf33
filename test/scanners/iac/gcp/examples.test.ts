import path from 'node:path';
import { GCP_RULES } from '../../../../src/scanners/iac/rules/gcp/index';
import { IAC_RULES } from '../../../../src/scanners/iac/rules/index';
import type { IacModel } from '../../../../src/scanners/iac/model/iac-model';
import type { IacRule } from '../../../../src/scanners/iac/model/violation';
import { scanIac } from '../../../../src/scanners/iac/scan-iac';

const EXAMPLES = path.resolve(__dirname, '../../../../examples/gcp');
const TODAY = new Date('2026-06-01T00:00:00Z');

function scan(folder: string, rules = GCP_RULES) {
  return scanIac({ root: path.join(EXAMPLES, folder), paths: ['.'], rules, today: TODAY }).report;
}

describe('examples/gcp', () => {
  it('hardened project gives no finding from any rule', () => {
    const types = new Set<string>();
    const probe: IacRule = {
      meta: { ...GCP_RULES[0]!.meta, id: 'gcp-test-probe' },
      // Runs on each root module and on the rest of the model: what it sees is gathered.
      check(model: IacModel) {
        for (const resource of model.resources) types.add(resource.type);
        return [];
      },
    };
    const report = scan('hardened', [...IAC_RULES, probe]);
    for (const type of [
      'google_project',
      'google_container_cluster',
      'google_sql_database_instance',
      'gcp-custom-role',
    ]) {
      expect(types.has(type)).toBe(true);
    }
    expect(report.notices.filter((notice) => notice.kind === 'parse-error')).toEqual([]);
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.message}`)).toEqual([]);
  });

  it('insecure project trips every GCP rule', () => {
    const report = scan('insecure');
    const fired = new Set(report.findings.map((finding) => finding.ruleId));
    const silent = GCP_RULES.map((rule) => rule.meta.id).filter((id) => !fired.has(id));
    expect(silent).toEqual([]);
  });
});
