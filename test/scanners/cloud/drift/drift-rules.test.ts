import { readdirSync } from 'node:fs';
import path from 'node:path';
import { FRAMEWORKS, isFrameworkId } from '../../../../src/compliance/frameworks';
import { ruleCatalog } from '../../../../src/pipeline/rule-catalog';
import { DRIFT_RULES } from '../../../../src/scanners/cloud/drift/index';
import { DRIFT_KINDS } from '../../../../src/scanners/cloud/drift/kinds/index';
import {
  ACCOUNT_COLLECTORS,
  REGION_COLLECTORS,
} from '../../../../src/scanners/cloud/collectors/aws/datasets';

const RULES_DIR = path.join(__dirname, '../../../../src/scanners/cloud/drift/rules');

describe('drift rules', () => {
  it('lists every rule folder once, with ids of their own', () => {
    const folders = (dir: string, prefix: string) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && entry.name !== 'gcp' && entry.name !== 'azure')
        .map((entry) => `${prefix}-drift-${entry.name}`);
    const expected = [
      ...folders(RULES_DIR, 'aws'),
      ...folders(path.join(RULES_DIR, 'gcp'), 'gcp'),
      ...folders(path.join(RULES_DIR, 'azure'), 'azure'),
    ].sort();
    expect(DRIFT_RULES.map((meta) => meta.id).sort()).toEqual(expected);
    const drift = new Set(DRIFT_RULES.map((meta) => meta.id));
    const others = new Set(
      ruleCatalog()
        .filter((meta) => !drift.has(meta.id))
        .flatMap((meta) => [meta.id, ...meta.aliases]),
    );
    for (const meta of DRIFT_RULES) expect(others.has(meta.id)).toBe(false);
    expect(new Set(ruleCatalog().map((meta) => meta.id)).size).toBe(ruleCatalog().length);
  });

  it.each(DRIFT_RULES.map((meta) => [meta.id, meta] as const))('%s has complete metadata', (_id, meta) => {
    expect(meta.scanner).toBe('audit');
    expect(meta.platform).toBe(meta.id.split('-')[0]);
    expect(meta.description.length).toBeGreaterThan(60);
    expect(meta.remediation.length).toBeGreaterThan(30);
    for (const link of meta.links) expect(link).toMatch(/^https:\/\//);
    expect(Object.keys(meta.compliance).length).toBeGreaterThan(0);
    for (const [framework, controls] of Object.entries(meta.compliance)) {
      expect(isFrameworkId(framework)).toBe(true);
      const known = (FRAMEWORKS as Record<string, { controls: Record<string, string> }>)[framework]!.controls;
      for (const control of controls ?? [])
        expect(`${framework} ${control} ${Object.hasOwn(known, control)}`).toBe(
          `${framework} ${control} true`,
        );
    }
  });

  it('reads only datasets the collectors provide, and covers the kinds it promises', () => {
    for (const kind of DRIFT_KINDS) {
      for (const key of kind.accountKeys) expect(Object.hasOwn(ACCOUNT_COLLECTORS, key)).toBe(true);
      for (const key of kind.regionKeys) expect(Object.hasOwn(REGION_COLLECTORS, key)).toBe(true);
    }
    expect(DRIFT_KINDS.flatMap((kind) => kind.types).sort()).toEqual([
      'aws_cloudtrail',
      'aws_ebs_encryption_by_default',
      'aws_iam_account_password_policy',
      'aws_kms_key',
      'aws_s3_account_public_access_block',
      'aws_s3_bucket',
      'aws_s3_bucket_public_access_block',
      'aws_s3_bucket_server_side_encryption_configuration',
      'aws_s3_bucket_versioning',
      'aws_security_group',
      'aws_security_group_rule',
      'aws_vpc_security_group_ingress_rule',
    ]);
  });
});
