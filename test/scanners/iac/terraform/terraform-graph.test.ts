import { referencesFrom, referencesTo } from '../../../../src/scanners/iac/formats/terraform/graph';
import { child } from '../../../../src/scanners/iac/model/node';
import type { Resource } from '../../../../src/scanners/iac/model/resource';
import { scanProject } from './tf-project';

const addresses = (resources: Resource[]): string[] => resources.map((resource) => resource.address).sort();

describe('Terraform resource graph', () => {
  const source = [
    'resource "aws_s3_bucket" "logs" { bucket = "acme-logs" }',
    'resource "aws_s3_bucket" "site" { bucket = "acme-site" }',
    'resource "aws_kms_key" "k" {}',
    'locals { logs_id = aws_s3_bucket.logs.id }',
    'resource "aws_s3_bucket_public_access_block" "logs" {',
    '  bucket = local.logs_id',
    '  block_public_acls = true',
    '}',
    'resource "aws_s3_bucket_versioning" "site" {',
    '  bucket = aws_s3_bucket.site.id',
    '  versioning_configuration { status = "Enabled" }',
    '}',
    'resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {',
    '  bucket = aws_s3_bucket.logs.bucket',
    '  rule {',
    '    apply_server_side_encryption_by_default {',
    '      sse_algorithm     = "aws:kms"',
    '      kms_master_key_id = aws_kms_key.k.arn',
    '    }',
    '  }',
    '}',
    'resource "aws_s3_bucket_public_access_block" "site" {',
    '  bucket = "acme-site"',
    '}',
    'resource "aws_s3_bucket_policy" "p" {',
    '  bucket     = "acme-logs"',
    '  policy     = "{}"',
    '  depends_on = [aws_s3_bucket.logs]',
    '}',
    '',
  ].join('\n');

  it('connects a bucket to the resources that configure it, through locals too', () => {
    const { model } = scanProject({ 'main.tf': source });
    const logs = model.resources.find((resource) => resource.address === 'aws_s3_bucket.logs')!;
    const site = model.resources.find((resource) => resource.address === 'aws_s3_bucket.site')!;
    expect(addresses(referencesTo(model, logs))).toEqual([
      'aws_s3_bucket_policy.p',
      'aws_s3_bucket_public_access_block.logs',
      'aws_s3_bucket_server_side_encryption_configuration.logs',
    ]);
    expect(addresses(referencesTo(model, logs, 'aws_s3_bucket_public_access_block'))).toEqual([
      'aws_s3_bucket_public_access_block.logs',
    ]);
    expect(
      addresses(referencesTo(model, site, { type: 'aws_s3_bucket_versioning', attribute: 'bucket' })),
    ).toEqual(['aws_s3_bucket_versioning.site']);
    expect(addresses(referencesTo(model, logs, { attribute: 'depends_on' }))).toEqual([
      'aws_s3_bucket_policy.p',
    ]);
  });

  it('also matches a resource that writes the target name out when asked to', () => {
    const { model } = scanProject({ 'main.tf': source });
    const site = model.resources.find((resource) => resource.address === 'aws_s3_bucket.site')!;
    expect(addresses(referencesTo(model, site, 'aws_s3_bucket_public_access_block'))).toEqual([]);
    const query = {
      type: 'aws_s3_bucket_public_access_block',
      attribute: 'bucket',
      matchValueOf: ['bucket'],
    };
    expect(addresses(referencesTo(model, site, query))).toEqual(['aws_s3_bucket_public_access_block.site']);
  });

  it('follows references from a resource, inside nested blocks', () => {
    const { model } = scanProject({ 'main.tf': source });
    const encryption = model.ofType('aws_s3_bucket_server_side_encryption_configuration')[0]!;
    expect(addresses(referencesFrom(model, encryption))).toEqual(['aws_kms_key.k', 'aws_s3_bucket.logs']);
    expect(addresses(referencesFrom(model, encryption, { attribute: 'rule' }))).toEqual(['aws_kms_key.k']);
    expect(encryption.references).toContainEqual({ attribute: 'rule', address: 'aws_kms_key.k' });
  });

  it('connects to one instance through an index and to all through a splat', () => {
    const { model } = scanProject({
      'main.tf': [
        'resource "aws_s3_bucket" "b" {',
        '  count = 2',
        '  bucket = "b${count.index}"',
        '}',
        'resource "aws_s3_bucket_versioning" "first" { bucket = aws_s3_bucket.b[0].id }',
        'resource "aws_iam_policy" "all" { policy = jsonencode(aws_s3_bucket.b[*].arn) }',
        '',
      ].join('\n'),
    });
    const [first, second] = model.ofType('aws_s3_bucket');
    expect(addresses(referencesTo(model, first!))).toEqual([
      'aws_iam_policy.all',
      'aws_s3_bucket_versioning.first',
    ]);
    expect(addresses(referencesTo(model, second!))).toEqual(['aws_iam_policy.all']);
  });

  it('leaves a resource out of its own references, but not a resource whose name extends its own', () => {
    const { model } = scanProject({
      'main.tf': [
        'resource "aws_s3_bucket" "b" {',
        '  count  = 2',
        '  bucket = "b${count.index}"',
        '  tags   = { prev = count.index > 0 ? aws_s3_bucket.b[count.index - 1].id : "", all = length(aws_s3_bucket.b) }',
        '  acl    = aws_s3_bucket.bb.id',
        '}',
        'resource "aws_s3_bucket" "bb" { bucket = "bb" }',
        '',
      ].join('\n'),
    });
    const instances = model
      .ofType('aws_s3_bucket')
      .filter((resource) => resource.address.startsWith('aws_s3_bucket.b['));
    expect(instances).toHaveLength(2);
    for (const bucket of instances) {
      expect(bucket.references).toEqual([{ attribute: 'acl', address: 'aws_s3_bucket.bb' }]);
    }
  });

  it('records each reference of an attribute once, in the order met, however many it has', () => {
    const keys = Array.from({ length: 12 }, (_, index) => `k${index}`);
    const { model } = scanProject({
      'main.tf': [
        ...keys.map((key) => `resource "aws_kms_key" "${key}" {}`),
        'resource "aws_iam_policy" "p" {',
        // Every key twice, then the first ones again, in the same attribute.
        `  description = join(",", [${[...keys, ...keys, 'k0', 'k1']
          .map((key) => `aws_kms_key.${key}.arn`)
          .join(', ')}])`,
        '  policy      = aws_kms_key.k3.arn',
        '  name        = aws_kms_key.k11.id',
        '}',
        '',
      ].join('\n'),
    });
    const policy = model.ofType('aws_iam_policy')[0]!;
    expect(policy.references).toEqual([
      ...keys.map((key) => ({ attribute: 'description', address: `aws_kms_key.${key}` })),
      { attribute: 'policy', address: 'aws_kms_key.k3' },
      { attribute: 'name', address: 'aws_kms_key.k11' },
    ]);
  });

  it('keeps references per attribute and block type when a resource has many of them', () => {
    const names = Array.from({ length: 20 }, (_, index) => `a${index}`);
    const { model } = scanProject({
      'main.tf': [
        'resource "aws_kms_key" "k" {}',
        'resource "aws_kms_key" "other" {}',
        'resource "aws_security_group" "sg" {',
        ...names.map((name) => `  ${name} = aws_kms_key.k.arn`),
        '  ingress { description = aws_kms_key.k.id }',
        '  egress { description = aws_kms_key.other.id }',
        '  ingress { description = aws_kms_key.other.arn }',
        '}',
        '',
      ].join('\n'),
    });
    const group = model.ofType('aws_security_group')[0]!;
    expect(group.references).toEqual([
      ...names.map((attribute) => ({ attribute, address: 'aws_kms_key.k' })),
      { attribute: 'ingress', address: 'aws_kms_key.k' },
      { attribute: 'ingress', address: 'aws_kms_key.other' },
      { attribute: 'egress', address: 'aws_kms_key.other' },
    ]);
  });

  it('connects resources across module boundaries, in both directions', () => {
    const { model } = scanProject({
      'main.tf': [
        'resource "aws_kms_key" "k" {}',
        'module "store" {',
        '  source = "./store"',
        '  key    = aws_kms_key.k.arn',
        '}',
        'resource "aws_s3_bucket_policy" "p" {',
        '  bucket = module.store.bucket_id',
        '}',
        '',
      ].join('\n'),
      'store/main.tf':
        'variable "key" {}\nresource "aws_s3_bucket" "this" {}\nresource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default { kms_master_key_id = var.key }\n  }\n}\noutput "bucket_id" { value = aws_s3_bucket.this.id }\n',
    });
    const bucket = model.resources.find(
      (resource) => resource.address === 'module.store.aws_s3_bucket.this',
    )!;
    const key = model.ofType('aws_kms_key')[0]!;
    expect(addresses(referencesTo(model, bucket))).toEqual([
      'aws_s3_bucket_policy.p',
      'module.store.aws_s3_bucket_server_side_encryption_configuration.this',
    ]);
    expect(addresses(referencesTo(model, key))).toEqual([
      'module.store.aws_s3_bucket_server_side_encryption_configuration.this',
    ]);
  });

  it('keeps two root modules apart although their addresses are equal', () => {
    const files = {
      'a/main.tf':
        'resource "aws_s3_bucket" "b" {}\nresource "aws_s3_bucket_versioning" "v" { bucket = aws_s3_bucket.b.id }\n',
      'b/main.tf': 'resource "aws_s3_bucket" "b" {}\n',
    };
    const { model } = scanProject(files);
    const [inA, inB] = model.ofType('aws_s3_bucket');
    expect(inA!.meta.root).toBe('a');
    expect(addresses(referencesTo(model, inA!))).toEqual(['aws_s3_bucket_versioning.v']);
    expect(referencesTo(model, inB!)).toEqual([]);
  });

  it('records a reference in a module by its full address, with its instance key, and refuses undeclared names', () => {
    const { model } = scanProject({
      'main.tf': 'module "m" { source = "./m" }\n',
      'm/main.tf': [
        'data "aws_iam_policy_document" "p" {}',
        'resource "aws_s3_bucket" "b" { count = 2 }',
        'resource "aws_s3_bucket_policy" "p" {',
        '  bucket = aws_s3_bucket.b[1].id',
        '  policy = data.aws_iam_policy_document.p.json',
        '}',
        'resource "aws_s3_bucket_versioning" "v" {',
        '  bucket                = aws_s3_bucket.missing.id',
        '  expected_bucket_owner = data.aws_iam_policy_document.missing.json',
        '}',
        '',
      ].join('\n'),
    });
    const named = (address: string) => model.resources.find((resource) => resource.address === address)!;
    expect(named('module.m.aws_s3_bucket_policy.p').references).toEqual([
      { attribute: 'bucket', address: 'module.m.aws_s3_bucket.b[1]' },
      { attribute: 'policy', address: 'module.m.data.aws_iam_policy_document.p' },
    ]);
    const versioning = named('module.m.aws_s3_bucket_versioning.v');
    expect(child(versioning.body, 'bucket')).toMatchObject({
      kind: 'unknown',
      reason: 'could not evaluate: reference to an undeclared resource aws_s3_bucket.missing',
    });
    expect(child(versioning.body, 'expected_bucket_owner')).toMatchObject({
      kind: 'unknown',
      reason: 'could not evaluate: reference to an undeclared resource data.aws_iam_policy_document.missing',
    });
    expect(versioning.references ?? []).toEqual([]);
  });

  it('records the references of each instance of a module called twice under that instance', () => {
    const { model } = scanProject({
      'main.tf':
        'module "a" { source = "./m" }\nmodule "b" {\n  source = "./m"\n  for_each = toset(["x"])\n}\n',
      'm/main.tf':
        'resource "aws_s3_bucket" "b" {}\nresource "aws_s3_bucket_versioning" "v" { bucket = aws_s3_bucket.b.id }\n',
    });
    const versionings = model.ofType('aws_s3_bucket_versioning');
    expect(versionings.map((resource) => [resource.address, resource.references])).toEqual([
      ['module.a.aws_s3_bucket_versioning.v', [{ attribute: 'bucket', address: 'module.a.aws_s3_bucket.b' }]],
      [
        'module.b["x"].aws_s3_bucket_versioning.v',
        [{ attribute: 'bucket', address: 'module.b["x"].aws_s3_bucket.b' }],
      ],
    ]);
    const [inA, inB] = model.ofType('aws_s3_bucket');
    expect(addresses(referencesTo(model, inA!))).toEqual(['module.a.aws_s3_bucket_versioning.v']);
    expect(addresses(referencesTo(model, inB!))).toEqual(['module.b["x"].aws_s3_bucket_versioning.v']);
  });
});
