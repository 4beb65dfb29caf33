import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { child, str } from '../../../../src/scanners/iac/model/node';
import { runIacPipeline } from '../../../../src/pipeline/iac-pipeline';
import { scanProject } from './tf-project';

const instance = (name: string, tokens: string): string =>
  [
    `resource "aws_instance" "${name}" {`,
    '  ami           = "ami-12345678"',
    '  instance_type = "t3.micro"',
    '  metadata_options {',
    `    http_tokens = "${tokens}"`,
    '  }',
    '}',
    '',
  ].join('\n');

describe('OpenTofu configuration files', () => {
  it('reads .tofu and .tofu.json files as configuration', () => {
    const { model, report } = scanProject({
      'main.tofu':
        'variable "name" { default = "from-tofu" }\nresource "aws_s3_bucket" "b" { bucket = var.name }\n',
      'extra.tofu.json': JSON.stringify({ resource: { aws_sqs_queue: { q: { name: 'queue' } } } }),
    });
    expect(report.notices).toEqual([]);
    expect(model.resources.map((resource) => [resource.address, resource.file])).toEqual([
      ['aws_sqs_queue.q', 'extra.tofu.json'],
      ['aws_s3_bucket.b', 'main.tofu'],
    ]);
    expect(str(child(model.resources[1]!.body, 'bucket'))).toBe('from-tofu');
  });

  it('reads x.tofu instead of x.tf, and x.tofu.json instead of x.tf.json, as OpenTofu does, and says so', () => {
    const { model, report } = scanProject({
      'main.tf': instance('for_terraform', 'optional'),
      'main.tofu': instance('for_tofu', 'required'),
      'queue.tf.json': JSON.stringify({ resource: { aws_sqs_queue: { tf: { name: 'tf' } } } }),
      'queue.tofu.json': JSON.stringify({ resource: { aws_sqs_queue: { tofu: { name: 'tofu' } } } }),
      // Another syntax is another file: network.tofu.json takes the place of network.tf.json only.
      'network.tf': 'resource "aws_vpc" "v" { cidr_block = "10.0.0.0/16" }\n',
      'network.tofu.json': JSON.stringify({ resource: { aws_subnet: { s: { cidr_block: '10.0.1.0/24' } } } }),
    });
    expect(model.resources.map((resource) => resource.address).sort()).toEqual([
      'aws_instance.for_tofu',
      'aws_sqs_queue.tofu',
      'aws_subnet.s',
      'aws_vpc.v',
    ]);
    expect(report.notices).toEqual([
      {
        kind: 'skipped',
        path: 'main.tf',
        message:
          'not scanned: main.tofu takes its place, as OpenTofu reads main.tofu and leaves this file out',
      },
      {
        kind: 'skipped',
        path: 'queue.tf.json',
        message:
          'not scanned: queue.tofu.json takes its place, as OpenTofu reads queue.tofu.json and leaves this file out',
      },
    ]);
  });

  it('merges override.tofu into the blocks it names', () => {
    const { model } = scanProject({
      'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "original"\n}\n',
      'override.tofu': 'resource "aws_s3_bucket" "b" {\n  bucket = "overridden"\n}\n',
    });
    expect(model.resources.map((resource) => str(child(resource.body, 'bucket')))).toEqual(['overridden']);
  });

  it('reads .tofu files of a module folder the scan did not offer', () => {
    const { model } = scanProject(
      {
        'live/main.tf': 'module "q" {\n  source = "../modules/queue"\n}\n',
        'modules/queue/main.tofu': 'resource "aws_sqs_queue" "this" { name = "from-module" }\n',
        'modules/queue/main.tf': 'resource "aws_sqs_queue" "shadowed" { name = "not-read" }\n',
      },
      { paths: ['live'] },
    );
    expect(model.resources.map((resource) => resource.address)).toEqual(['module.q.aws_sqs_queue.this']);
  });
});

describe('OpenTofu files through the whole pipeline, with the rule pack', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-tofu-'));
    mkdirSync(path.join(root, 'stack'));
    writeFileSync(path.join(root, 'stack/compute.tf'), instance('app', 'required'));
    writeFileSync(path.join(root, 'stack/compute.tofu'), `# OpenTofu's copy\n${instance('app', 'optional')}`);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds the insecure instance at its line in the .tofu file, and reports the .tf file it replaces', () => {
    const { report } = runIacPipeline({ root });
    const imds = report.findings.filter((finding) => finding.ruleId === 'aws-ec2-imdsv2-not-required');
    expect(
      imds.map((finding) => [
        finding.location.kind === 'file' && finding.location.path,
        finding.location.kind === 'file' && finding.location.range.startLine,
      ]),
    ).toEqual([['stack/compute.tofu', 6]]);
    expect(report.notices).toContainEqual(
      expect.objectContaining({ kind: 'skipped', path: 'stack/compute.tf' }),
    );
  });
});
