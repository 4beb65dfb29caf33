import { readdirSync } from 'node:fs';
import path from 'node:path';
import { GCP_COLLECTORS } from '../../../../src/scanners/cloud/collectors/gcp/datasets';
import { GCP_AUDIT_RULES } from '../../../../src/scanners/cloud/rules/gcp/index';
import { IAC_RULES } from '../../../../src/scanners/iac/rules/index';
import { insecureSeed } from '../../../helpers/gcp-server/seeds/insecure-project';
import { expectCompleteAuditMeta } from '../../../helpers/audit-rule-meta';

const RULES_DIR = path.join(__dirname, '../../../../src/scanners/cloud/rules/gcp');

describe('GCP audit checks', () => {
  it('registers every check folder exactly once', () => {
    const folders = readdirSync(RULES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
      .map((entry) => `gcp-audit-${entry.name}`)
      .sort();
    expect(GCP_AUDIT_RULES.map((rule) => rule.meta.id).sort()).toEqual(folders);
    expect(GCP_AUDIT_RULES.length).toBeGreaterThanOrEqual(24);
  });

  it('uses ids of their own that never collide with IaC rule ids or aliases', () => {
    const iac = new Set(IAC_RULES.flatMap((rule) => [rule.meta.id, ...rule.meta.aliases]));
    const ids = GCP_AUDIT_RULES.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^gcp-audit-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(iac.has(id)).toBe(false);
    }
    for (const rule of IAC_RULES) expect(rule.meta.id.startsWith('gcp-audit-')).toBe(false);
  });

  it.each(GCP_AUDIT_RULES.map((rule) => [rule.meta.id, rule] as const))(
    '%s has complete metadata',
    (_id, rule) => {
      const { meta } = rule;
      expectCompleteAuditMeta(meta, 'gcp');
      expect(meta.links[0]).toMatch(/^https:\/\/cloud\.google\.com\//);
      for (const alias of meta.aliases) expect(alias).toMatch(/^[a-z0-9]+(_[a-z0-9]+)+$/);
      expect(rule.needs.length).toBeGreaterThan(0);
      for (const key of rule.needs) expect(Object.hasOwn(GCP_COLLECTORS, key)).toBe(true);
    },
  );

  it('maps at least 24 checks to CIS Google Cloud Platform Foundation v3.0.0 controls', () => {
    const cis = GCP_AUDIT_RULES.filter((rule) => (rule.meta.compliance['cis-gcp-3.0'] ?? []).length > 0);
    expect(cis.length).toBeGreaterThanOrEqual(24);
  });

  it('has at least one planted misconfiguration per check in the insecure seed', () => {
    const planted = new Set(insecureSeed().expectations.map((expectation) => expectation.check));
    expect(GCP_AUDIT_RULES.map((rule) => rule.meta.id).filter((id) => !planted.has(id))).toEqual([]);
  });
});
