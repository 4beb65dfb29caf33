import { readdirSync } from 'node:fs';
import path from 'node:path';
import { AZURE_COLLECTORS } from '../../../../src/scanners/cloud/collectors/azure/datasets';
import { AZURE_AUDIT_RULES } from '../../../../src/scanners/cloud/rules/azure/index';
import { AWS_AUDIT_RULES } from '../../../../src/scanners/cloud/rules/aws/index';
import { IAC_RULES } from '../../../../src/scanners/iac/rules/index';
import { azureTenant } from '../../../helpers/azure-server/seeds/azure-tenant';
import { expectCompleteAuditMeta } from '../../../helpers/audit-rule-meta';

const RULES_DIR = path.join(__dirname, '../../../../src/scanners/cloud/rules/azure');

describe('Azure audit checks', () => {
  it('registers every check folder exactly once', () => {
    const folders = readdirSync(RULES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
      .map((entry) => `azure-audit-${entry.name}`)
      .sort();
    expect(AZURE_AUDIT_RULES.map((rule) => rule.meta.id).sort()).toEqual(folders);
    expect(AZURE_AUDIT_RULES.length).toBeGreaterThanOrEqual(24);
  });

  it('uses ids of their own that never collide with IaC or AWS audit ids and aliases', () => {
    const others = new Set(
      [...IAC_RULES, ...AWS_AUDIT_RULES].flatMap((rule) => [rule.meta.id, ...rule.meta.aliases]),
    );
    const ids = AZURE_AUDIT_RULES.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^azure-audit-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(others.has(id)).toBe(false);
    }
  });

  it.each(AZURE_AUDIT_RULES.map((rule) => [rule.meta.id, rule] as const))(
    '%s has complete metadata',
    (_id, rule) => {
      const { meta } = rule;
      expectCompleteAuditMeta(meta, 'azure');
      expect(meta.links[0]).toMatch(/^https:\/\/learn\.microsoft\.com\//);
      expect(rule.needs.length).toBeGreaterThan(0);
      for (const key of rule.needs) expect(Object.hasOwn(AZURE_COLLECTORS, key)).toBe(true);
    },
  );

  it('has at least one planted misconfiguration per check in the insecure subscription', () => {
    const planted = new Set(azureTenant().expectations.map((expectation) => expectation.check));
    expect(AZURE_AUDIT_RULES.map((rule) => rule.meta.id).filter((id) => !planted.has(id))).toEqual([]);
  });

  it('collects every dataset some check needs, and no dataset nobody needs', () => {
    const needed = new Set(AZURE_AUDIT_RULES.flatMap((rule) => rule.needs));
    expect(Object.keys(AZURE_COLLECTORS).filter((key) => !needed.has(key as never))).toEqual([]);
  });
});
