import { bool, child, isUnknown, str, toPlain } from '../../../../src/scanners/iac/model/node';
import { scanProject } from './tf-project';

const declaration = [
  'variable "name" {',
  '  type    = string',
  '  default = "from-default"',
  '}',
  'resource "aws_s3_bucket" "b" {',
  '  bucket = var.name',
  '}',
  '',
].join('\n');

function bucketName(files: Record<string, string>, varFiles?: string[]): string | undefined {
  const { model } = scanProject({ 'main.tf': declaration, ...files }, { varFiles });
  return str(child(model.ofType('aws_s3_bucket')[0]!.body, 'bucket'));
}

describe('Terraform variables', () => {
  it('takes the default when nothing sets the variable', () => {
    expect(bucketName({})).toBe('from-default');
  });

  it('applies terraform.tfvars over the default, then .tfvars.json, then *.auto.tfvars in name order, then var files', () => {
    expect(bucketName({ 'terraform.tfvars': 'name = "tfvars"\n' })).toBe('tfvars');
    expect(
      bucketName({
        'terraform.tfvars': 'name = "tfvars"\n',
        'terraform.tfvars.json': '{"name": "tfvars-json"}',
      }),
    ).toBe('tfvars-json');
    expect(
      bucketName({
        'terraform.tfvars': 'name = "tfvars"\n',
        'b.auto.tfvars': 'name = "auto-b"\n',
        'a.auto.tfvars.json': '{"name": "auto-a"}',
      }),
    ).toBe('auto-b');
    expect(
      bucketName(
        {
          'terraform.tfvars': 'name = "tfvars"\n',
          'x.auto.tfvars': 'name = "auto"\n',
          'prod.tfvars': 'name = "prod"\n',
        },
        ['prod.tfvars'],
      ),
    ).toBe('prod');
  });

  it('keeps every key of a map from .tfvars.json, even one named __proto__', () => {
    const { model } = scanProject({
      'main.tf': 'variable "tags" { type = map(string) }\nresource "aws_s3_bucket" "b" { tags = var.tags }\n',
      'terraform.tfvars.json': '{"tags": {"__proto__": "x", "team": "web"}}',
    });
    expect(toPlain(child(model.resources[0]!.body, 'tags'))).toEqual(
      JSON.parse('{"__proto__": "x", "team": "web"}'),
    );
  });

  it('does not load other .tfvars files by itself', () => {
    expect(bucketName({ 'prod.tfvars': 'name = "prod"\n' })).toBe('from-default');
  });

  it('leaves a variable without default or value unknown, naming it', () => {
    const { model } = scanProject({
      'main.tf':
        'variable "name" {}\nresource "aws_s3_bucket" "b" {\n  bucket = "logs-${var.name}"\n  acl = var.name\n}\n',
    });
    const body = model.ofType('aws_s3_bucket')[0]!.body;
    expect(child(body, 'acl')).toMatchObject({ kind: 'unknown', reason: 'var.name' });
    expect(isUnknown(child(body, 'bucket'))).toBe(true);
    expect(bool(child(body, 'acl'))).toBeUndefined();
  });

  it('converts values to the declared type, with optional attribute defaults', () => {
    const main = [
      'variable "flag" { type = bool }',
      'variable "size" { type = number }',
      'variable "settings" {',
      '  type = object({ versioning = optional(bool, true), mfa = optional(bool), name = string })',
      '}',
      'resource "aws_s3_bucket" "b" {',
      '  object_lock_enabled = var.flag',
      '  count_hint          = var.size + 1',
      '  settings            = var.settings',
      '}',
      '',
    ].join('\n');
    const { model } = scanProject({
      'main.tf': main,
      'terraform.tfvars': 'flag = "true"\nsize = "2"\nsettings = { name = "x", extra = 1 }\n',
    });
    const body = model.ofType('aws_s3_bucket')[0]!.body;
    expect(toPlain(body)).toEqual({
      object_lock_enabled: true,
      count_hint: 3,
      settings: { versioning: true, mfa: null, name: 'x' },
    });
  });

  it('keeps the default when a non-nullable variable is set to null', () => {
    const main =
      'variable "v" {\n  default = "d"\n  nullable = false\n}\nresource "aws_s3_bucket" "b" { bucket = var.v }\n';
    const { model } = scanProject({ 'main.tf': main, 'terraform.tfvars': 'v = null\n' });
    expect(str(child(model.resources[0]!.body, 'bucket'))).toBe('d');
  });

  it('reports a syntax error in a variables file and keeps its other values', () => {
    const { model, report } = scanProject({
      'main.tf': declaration,
      'terraform.tfvars': 'broken = \nname = "kept"\n',
    });
    expect(str(child(model.resources[0]!.body, 'bucket'))).toBe('kept');
    expect(report.notices).toEqual([
      expect.objectContaining({ kind: 'parse-error', path: 'terraform.tfvars', line: 1 }),
    ]);
  });
});

describe('Terraform locals', () => {
  it('resolves chains of locals in any declaration order, across files', () => {
    const { model } = scanProject({
      'a.tf':
        'locals {\n  full = "${local.prefix}-${local.suffix}"\n}\nresource "aws_s3_bucket" "b" { bucket = local.full }\n',
      'b.tf':
        'locals {\n  prefix = upper(var.env)\n  suffix = local.parts[1]\n  parts = ["a", "b"]\n}\nvariable "env" { default = "prod" }\n',
    });
    expect(str(child(model.resources[0]!.body, 'bucket'))).toBe('PROD-b');
  });

  it('gives an unknown, not a crash, for a local that refers to itself', () => {
    const { model } = scanProject({
      'main.tf':
        'locals {\n  a = local.b\n  b = local.a\n}\nresource "aws_s3_bucket" "x" { bucket = local.a }\n',
    });
    expect(child(model.resources[0]!.body, 'bucket')).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining('refers to itself'),
    });
  });

  it('makes an undeclared reference an unknown with the reason', () => {
    const { model } = scanProject({
      'main.tf': 'resource "aws_s3_bucket" "x" {\n  bucket = local.missing\n  acl = "private"\n}\n',
    });
    const body = model.resources[0]!.body;
    expect(child(body, 'bucket')).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining('local missing'),
    });
    expect(str(child(body, 'acl'))).toBe('private');
  });
});
