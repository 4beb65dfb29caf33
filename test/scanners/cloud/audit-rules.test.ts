import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ACCOUNT_COLLECTORS, REGION_COLLECTORS } from '../../../src/scanners/cloud/collectors/aws/datasets';
import { AWS_AUDIT_RULES } from '../../../src/scanners/cloud/rules/aws/index';
import { IAC_RULES } from '../../../src/scanners/iac/rules/index';
import { insecureAccount } from '../../helpers/aws-server/seeds/insecure-account';
import { variantAccount } from '../../helpers/aws-server/seeds/variant-account';
import { expectCompleteAuditMeta } from '../../helpers/audit-rule-meta';

const RULES_DIR = path.join(__dirname, '../../../src/scanners/cloud/rules/aws');

describe('AWS audit checks', () => {
  it('registers every check folder exactly once', () => {
    const folders = readdirSync(RULES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
      .map((entry) => `aws-audit-${entry.name}`)
      .sort();
    expect(AWS_AUDIT_RULES.map((rule) => rule.meta.id).sort()).toEqual(folders);
    expect(AWS_AUDIT_RULES.length).toBeGreaterThanOrEqual(40);
  });

  it('uses ids of their own that never collide with IaC rule ids or aliases', () => {
    const iac = new Set(IAC_RULES.flatMap((rule) => [rule.meta.id, ...rule.meta.aliases]));
    const ids = AWS_AUDIT_RULES.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^aws-audit-[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(iac.has(id)).toBe(false);
    }
    for (const rule of IAC_RULES) expect(rule.meta.id.startsWith('aws-audit-')).toBe(false);
  });

  it.each(AWS_AUDIT_RULES.map((rule) => [rule.meta.id, rule] as const))(
    '%s has complete metadata',
    (_id, rule) => {
      const { meta } = rule;
      expectCompleteAuditMeta(meta, 'aws');
      const collectors: Record<string, unknown> =
        rule.scope === 'account' ? ACCOUNT_COLLECTORS : REGION_COLLECTORS;
      expect(rule.needs.length).toBeGreaterThan(0);
      for (const key of rule.needs) expect(Object.hasOwn(collectors, key)).toBe(true);
    },
  );

  it('has at least one planted misconfiguration per check in the seeds', () => {
    const planted = new Set(
      [...insecureAccount().expectations, ...variantAccount().expectations].map(
        (expectation) => expectation.check,
      ),
    );
    expect(AWS_AUDIT_RULES.map((rule) => rule.meta.id).filter((id) => !planted.has(id))).toEqual([]);
  });
});
