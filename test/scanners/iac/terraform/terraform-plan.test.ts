import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { referencesTo } from '../../../../src/scanners/iac/formats/terraform/graph';
import { createTerraformLoader } from '../../../../src/scanners/iac/formats/terraform/terraform-loader';
import { anchorRange, bool, child, isUnknown, num, str } from '../../../../src/scanners/iac/model/node';
import { scanIac } from '../../../../src/scanners/iac/scan-iac';

const created: string[] = [];
afterAll(() => created.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function temporary(prefix: string): string {
  const dir = mkdtempSync(prefix);
  created.push(dir);
  return dir;
}

const PLAN = path.resolve(__dirname, '../../../fixtures/terraform/plan/plan.json');

function scanPlan(): ReturnType<typeof scanIac> {
  const root = temporary(path.join(os.tmpdir(), 'cloudgate-plan-'));
  copyFileSync(PLAN, path.join(root, 'tfplan.json'));
  return scanIac({ root, rules: [], loaders: [createTerraformLoader()] });
}

describe('Terraform plan JSON', () => {
  it('maps each planned resource instance, child modules included, to a terraform-plan Resource', () => {
    const { model, report } = scanPlan();
    expect(report.notices).toEqual([]);
    expect(
      model.resources.map((resource) => [resource.type, resource.address, resource.format, resource.file]),
    ).toEqual([
      ['aws_s3_bucket', 'aws_s3_bucket.logs', 'terraform-plan', 'tfplan.json'],
      [
        'aws_s3_bucket_public_access_block',
        'aws_s3_bucket_public_access_block.logs',
        'terraform-plan',
        'tfplan.json',
      ],
      ['aws_security_group', 'module.web.aws_security_group.this[0]', 'terraform-plan', 'tfplan.json'],
    ]);
    expect(model.resources[2]!.meta).toMatchObject({
      module: 'module.web',
      instanceKey: '0',
      provider: 'aws',
      name: 'this',
    });
  });

  it('reads planned values, leaving nulls out and marking values known after apply as unknown', () => {
    const { model } = scanPlan();
    const bucket = model.ofType('aws_s3_bucket')[0]!;
    expect(str(child(bucket.body, 'bucket'))).toBe('acme-prod-logs');
    expect(child(bucket.body, 'timeouts')).toBeUndefined();
    expect(child(bucket.body, 'arn')).toMatchObject({
      kind: 'unknown',
      reason: 'aws_s3_bucket.logs.arn (known after apply)',
    });
    expect(isUnknown(child(bucket.body, 'versioning'))).toBe(true);
    expect(bool(child(bucket.body, 'force_destroy'))).toBe(false);
    const group = model.ofType('aws_security_group')[0]!;
    expect(num(child(group.body, 'ingress.0.from_port'))).toBe(22);
    expect(isUnknown(child(group.body, 'vpc_id'))).toBe(true);
  });

  it('points resources and values at their lines in the plan file', () => {
    const { model } = scanPlan();
    const bucket = model.ofType('aws_s3_bucket')[0]!;
    expect(bucket.range.startLine).toBe(12);
    expect(anchorRange(child(bucket.body, 'bucket')!).startLine).toBe(20);
    expect(
      anchorRange(child(model.ofType('aws_security_group')[0]!.body, 'ingress.0.from_port')!).startLine,
    ).toBe(85);
  });

  it('connects resources through the configuration section, with module prefixes', () => {
    const { model } = scanPlan();
    const bucket = model.ofType('aws_s3_bucket')[0]!;
    expect(
      referencesTo(model, bucket, 'aws_s3_bucket_public_access_block').map((resource) => resource.address),
    ).toEqual(['aws_s3_bucket_public_access_block.logs']);
    expect(model.ofType('aws_security_group')[0]!.references).toEqual([
      { attribute: 'tags', address: 'module.web.aws_s3_bucket.shared' },
    ]);
  });

  it('leaves other JSON files alone and reports a broken plan', () => {
    const root = temporary(path.join(os.tmpdir(), 'cloudgate-plan-'));
    writeFileSync(path.join(root, 'package.json'), '{"name": "x", "format_version": "1"}');
    writeFileSync(
      path.join(root, 'broken.json'),
      '{"format_version": "1.2", "terraform_version": "1.6.0", "planned_values": {',
    );
    const { model, report } = scanIac({ root, rules: [], loaders: [createTerraformLoader()] });
    expect(model.resources).toEqual([]);
    expect(report.notices).toEqual([expect.objectContaining({ kind: 'parse-error', path: 'broken.json' })]);
  });
});
