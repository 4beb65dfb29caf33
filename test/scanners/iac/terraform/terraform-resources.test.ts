import { anchorRange, child, items, str, toPlain } from '../../../../src/scanners/iac/model/node';
import { scanProject } from './tf-project';

describe('Terraform resources', () => {
  it('maps a resource block to a Resource with type, address, platform, file, range and meta', () => {
    const { model } = scanProject({
      'net/main.tf': [
        '# network',
        'resource "aws_security_group" "web" {',
        '  name = "web"',
        '  provider = aws.west',
        '}',
        '',
      ].join('\n'),
    });
    const [resource] = model.resources;
    expect(resource).toMatchObject({
      type: 'aws_security_group',
      address: 'aws_security_group.web',
      platform: 'aws',
      format: 'terraform',
      file: 'net/main.tf',
      range: { startLine: 2, startColumn: 1, endLine: 5, endColumn: 2 },
      meta: {
        name: 'web',
        mode: 'managed',
        provider: 'aws',
        providerConfig: 'aws.west',
        root: 'net',
        expansion: 'single',
      },
    });
    expect(toPlain(resource!.body)).toEqual({ name: 'web' });
  });

  it('points attribute nodes at their own line, and nested values at theirs', () => {
    const source = [
      'resource "aws_security_group" "web" {',
      '  ingress {',
      '    from_port   = 22',
      '    cidr_blocks = [',
      '      "10.0.0.0/8",',
      '      "0.0.0.0/0",',
      '    ]',
      '  }',
      '  tags = {',
      '    Name = "web"',
      '  }',
      '}',
      '',
    ].join('\n');
    const body = scanProject({ 'main.tf': source }).model.resources[0]!.body;
    const ingress = child(body, 'ingress')!;
    expect(anchorRange(ingress).startLine).toBe(2);
    expect(anchorRange(child(body, 'ingress.0.from_port')!)).toEqual({
      startLine: 3,
      startColumn: 5,
      endLine: 3,
      endColumn: 14,
    });
    expect(child(body, 'ingress.0.cidr_blocks.1')!.range.startLine).toBe(6);
    expect(anchorRange(child(body, 'tags.Name')!).startLine).toBe(10);
  });

  it('gives every block occurrence its own map in a list, even a single one', () => {
    const source =
      'resource "aws_instance" "a" {\n  root_block_device {\n    encrypted = true\n  }\n  ebs_block_device { device_name = "b" }\n  ebs_block_device { device_name = "c" }\n}\n';
    const body = scanProject({ 'main.tf': source }).model.resources[0]!.body;
    expect(toPlain(body)).toEqual({
      root_block_device: [{ encrypted: true }],
      ebs_block_device: [{ device_name: 'b' }, { device_name: 'c' }],
    });
  });

  it('leaves null attributes and meta-arguments out of the body', () => {
    const source =
      'resource "aws_s3_bucket" "a" {\n  bucket = "x"\n  acl = null\n  depends_on = []\n  lifecycle {\n    prevent_destroy = true\n    ignore_changes = [tags]\n  }\n}\n';
    const body = scanProject({ 'main.tf': source }).model.resources[0]!.body;
    expect(toPlain(body)).toEqual({ bucket: 'x', lifecycle: [{ prevent_destroy: true }] });
  });

  it('names data sources data.TYPE and leaves resources of utility providers out', () => {
    const source =
      'data "aws_caller_identity" "me" {}\nresource "random_id" "r" { byte_length = 4 }\nresource "google_storage_bucket" "g" { name = "g" }\nresource "azurerm_storage_account" "s" { name = "s" }\nresource "kubernetes_namespace" "n" {}\n';
    const { model } = scanProject({ 'main.tf': source });
    expect(model.resources.map((resource) => [resource.type, resource.address, resource.platform])).toEqual([
      ['data.aws_caller_identity', 'data.aws_caller_identity.me', 'aws'],
      ['google_storage_bucket', 'google_storage_bucket.g', 'gcp'],
      ['azurerm_storage_account', 'azurerm_storage_account.s', 'azure'],
      ['kubernetes_namespace', 'kubernetes_namespace.n', 'kubernetes'],
    ]);
  });

  it('knows every provider prefix of a platform, and only the part before the first underscore', () => {
    const types = [
      'azuread_application',
      'azapi_resource',
      'azuredevops_project',
      'awsx_thing',
      'aws',
      '_aws_x',
      'constructor_x',
      'kubernetes_manifest',
      'tls_private_key',
    ];
    const source = types.map((type) => `resource "${type}" "r" {}\n`).join('');
    const { model } = scanProject({ 'main.tf': source });
    expect(model.resources.map((resource) => [resource.type, resource.platform])).toEqual([
      ['azuread_application', 'azure'],
      ['azapi_resource', 'azure'],
      ['azuredevops_project', 'azure'],
      ['kubernetes_manifest', 'kubernetes'],
    ]);
  });
});

describe('Terraform count and for_each', () => {
  it('makes one resource per count index with its address', () => {
    const source = 'resource "aws_instance" "web" {\n  count = 3\n  ami = "ami-${count.index}"\n}\n';
    const { model } = scanProject({ 'main.tf': source });
    expect(
      model.resources.map((resource) => [
        resource.address,
        str(child(resource.body, 'ami')),
        resource.meta.instanceKey,
      ]),
    ).toEqual([
      ['aws_instance.web[0]', 'ami-0', '0'],
      ['aws_instance.web[1]', 'ami-1', '1'],
      ['aws_instance.web[2]', 'ami-2', '2'],
    ]);
  });

  it('makes one resource per for_each key, from maps and sets, with each.key and each.value', () => {
    const source = [
      'variable "buckets" { default = { logs = "private", site = "public-read" } }',
      'resource "aws_s3_bucket" "b" {',
      '  for_each = var.buckets',
      '  bucket   = each.key',
      '  acl      = each.value',
      '}',
      'resource "aws_iam_user" "u" {',
      '  for_each = toset(["bob", "ann", "bob"])',
      '  name     = each.value',
      '}',
      '',
    ].join('\n');
    const { model } = scanProject({ 'main.tf': source });
    expect(model.resources.map((resource) => [resource.address, toPlain(resource.body)])).toEqual([
      ['aws_s3_bucket.b["logs"]', { bucket: 'logs', acl: 'private' }],
      ['aws_s3_bucket.b["site"]', { bucket: 'site', acl: 'public-read' }],
      ['aws_iam_user.u["ann"]', { name: 'ann' }],
      ['aws_iam_user.u["bob"]', { name: 'bob' }],
    ]);
  });

  it('drops a conditional resource whose count is 0 and keeps it at 1', () => {
    const source =
      'variable "on" { default = false }\nresource "aws_kms_key" "k" {\n  count = var.on ? 1 : 0\n}\nresource "aws_kms_key" "always" {\n  count = !var.on ? 1 : 0\n}\n';
    expect(scanProject({ 'main.tf': source }).model.resources.map((resource) => resource.address)).toEqual([
      'aws_kms_key.always[0]',
    ]);
  });

  it('keeps one resource with unknown count.index when count is unknown', () => {
    const source =
      'variable "n" {}\nresource "aws_instance" "web" {\n  count = var.n\n  ami = "a"\n  name = "web-${count.index}"\n}\n';
    const [resource] = scanProject({ 'main.tf': source }).model.resources;
    expect(resource!.address).toBe('aws_instance.web');
    expect(resource!.meta.expansion).toBe('unknown');
    expect(str(child(resource!.body, 'ami'))).toBe('a');
    expect(child(resource!.body, 'name')).toMatchObject({ kind: 'unknown', reason: 'var.n' });
  });
});

describe('Terraform dynamic blocks', () => {
  it('expands dynamic blocks, with the default and a named iterator, into the blocks they make', () => {
    const source = [
      'variable "ports" { default = [22, 443] }',
      'resource "aws_security_group" "sg" {',
      '  ingress {',
      '    from_port = 80',
      '  }',
      '  dynamic "ingress" {',
      '    for_each = var.ports',
      '    content {',
      '      from_port = ingress.value',
      '      cidr_blocks = ["0.0.0.0/0"]',
      '    }',
      '  }',
      '  dynamic "egress" {',
      '    for_each = { https = 443 }',
      '    iterator = rule',
      '    content {',
      '      description = rule.key',
      '      to_port     = rule.value',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    const body = scanProject({ 'main.tf': source }).model.resources[0]!.body;
    expect(toPlain(body)).toEqual({
      ingress: [
        { from_port: 80 },
        { from_port: 22, cidr_blocks: ['0.0.0.0/0'] },
        { from_port: 443, cidr_blocks: ['0.0.0.0/0'] },
      ],
      egress: [{ description: 'https', to_port: 443 }],
    });
    expect(child(body, 'ingress.1.cidr_blocks')!.range.startLine).toBe(10);
  });

  it('expands nested dynamic blocks', () => {
    const source = [
      'resource "aws_lb_listener_rule" "r" {',
      '  dynamic "condition" {',
      '    for_each = [["a", "b"]]',
      '    content {',
      '      dynamic "host_header" {',
      '        for_each = condition.value',
      '        content { values = [host_header.value] }',
      '      }',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    const body = scanProject({ 'main.tf': source }).model.resources[0]!.body;
    expect(toPlain(body)).toEqual({ condition: [{ host_header: [{ values: ['a'] }, { values: ['b'] }] }] });
  });

  it('puts one unknown node in place of blocks whose for_each is unknown', () => {
    const source =
      'variable "rules" {}\nresource "aws_security_group" "sg" {\n  dynamic "ingress" {\n    for_each = var.rules\n    content { from_port = ingress.value }\n  }\n}\n';
    const body = scanProject({ 'main.tf': source }).model.resources[0]!.body;
    expect(items(child(body, 'ingress'))).toEqual([
      expect.objectContaining({ kind: 'unknown', reason: 'var.rules' }),
    ]);
  });
});
