import { rmSync } from 'node:fs';
import { writeTree } from '../../../helpers/temp-tree';
import type { FormatLoader } from '../../../../src/scanners/iac/formats/format-loader';
import { createTerraformLoader } from '../../../../src/scanners/iac/formats/terraform/terraform-loader';
import { toPlain } from '../../../../src/scanners/iac/model/node';
import { scanIac, type IacScanOptions } from '../../../../src/scanners/iac/scan-iac';

const created: string[] = [];
afterAll(() => created.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  return writeTree(files, created, 'cloudgate-streaming-');
}

/** The same loader without `expect`: every folder waits for the end of the scan, as a caller that lists no files gets. */
function withoutFileList(loader: FormatLoader): FormatLoader {
  return {
    format: loader.format,
    accepts: (file) => loader.accepts(file),
    load: (file, sink) => loader.load(file, sink),
    finish: (sink) => loader.finish?.(sink),
  };
}

function scanBothWays(root: string, options: Partial<IacScanOptions> = {}) {
  const streamed = scanIac({ root, rules: [], loaders: [createTerraformLoader()], ...options });
  const atTheEnd = scanIac({
    root,
    rules: [],
    loaders: [withoutFileList(createTerraformLoader())],
    ...options,
  });
  const summary = (result: typeof streamed) => ({
    resources: result.model.resources.map((resource) => ({
      address: resource.address,
      file: resource.file,
      root: resource.meta.root,
      line: resource.range.startLine,
      body: toPlain(resource.body),
    })),
    notices: result.report.notices,
  });
  return { streamed: summary(streamed), atTheEnd: summary(atTheEnd) };
}

const BUCKET_MODULE = {
  'variables.tf': 'variable "name" {}\nvariable "versioned" { default = false }\n',
  'main.tf':
    'resource "aws_s3_bucket" "this" {\n  bucket = var.name\n}\n\nresource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = var.versioned ? "Enabled" : "Suspended"\n  }\n}\n',
};

function moduleFiles(dir: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [`${dir}/${name}`, text]));
}

describe('Terraform folders evaluated as the walk completes them', () => {
  it('drops the evaluation of a folder that a folder read later calls as a module', () => {
    const root = tree({
      ...moduleFiles('a-modules/bucket', BUCKET_MODULE),
      'b-stack/main.tf':
        'module "logs" {\n  source = "../a-modules/bucket"\n  name   = "logs"\n  versioned = true\n}\n',
    });
    const { streamed, atTheEnd } = scanBothWays(root);
    expect(streamed.resources.map((resource) => resource.address)).toEqual([
      'module.logs.aws_s3_bucket.this',
      'module.logs.aws_s3_bucket_versioning.this',
    ]);
    expect(streamed.resources[1]!.body).toMatchObject({ versioning_configuration: [{ status: 'Enabled' }] });
    // The module folder on its own would have had an unset variable: no notice of it survives.
    expect(streamed.notices).toEqual([]);
    expect(streamed).toEqual(atTheEnd);
  });

  it('reads a module folder ahead of the walk when a root before it calls it', () => {
    const root = tree({
      'a-stack/main.tf': 'module "data" {\n  source = "../z-modules/bucket"\n  name   = "data"\n}\n',
      ...moduleFiles('z-modules/bucket', BUCKET_MODULE),
    });
    const { streamed, atTheEnd } = scanBothWays(root);
    expect(
      streamed.resources.map((resource) => `${resource.root} ${resource.address} ${resource.file}`),
    ).toEqual([
      'a-stack module.data.aws_s3_bucket.this z-modules/bucket/main.tf',
      'a-stack module.data.aws_s3_bucket_versioning.this z-modules/bucket/main.tf',
    ]);
    expect(streamed).toEqual(atTheEnd);
  });

  it('reads ahead only the files the scan offers (an excluded module file stays out)', () => {
    const root = tree({
      'a-stack/main.tf': 'module "data" {\n  source = "../z-modules/bucket"\n  name   = "data"\n}\n',
      ...moduleFiles('z-modules/bucket', {
        ...BUCKET_MODULE,
        'extra.tf': 'resource "aws_sqs_queue" "excluded" {}\n',
      }),
    });
    const { streamed, atTheEnd } = scanBothWays(root, { exclude: ['z-modules/bucket/extra.tf'] });
    expect(streamed.resources.map((resource) => resource.address)).not.toContain(
      'module.data.aws_sqs_queue.excluded',
    );
    expect(streamed).toEqual(atTheEnd);
  });

  it('waits for a folder whose files the walk does not offer one after another', () => {
    // Sorted paths put `app/b/x.tf` between `app/b.tf` and `app/c.tf`.
    const root = tree({
      'app/b.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = local.name\n}\n',
      'app/b/x.tf': 'resource "aws_sqs_queue" "x" {}\n',
      'app/c.tf': 'locals {\n  name = "from-c"\n}\n',
      'app/terraform.tfvars': 'unused = 1\n',
    });
    const { streamed, atTheEnd } = scanBothWays(root);
    expect(streamed.resources.find((resource) => resource.address === 'aws_s3_bucket.b')?.body).toEqual({
      bucket: 'from-c',
    });
    expect(streamed).toEqual(atTheEnd);
  });

  it('keeps a syntax error once when a module is read again after its root evaluation was dropped', () => {
    const root = tree({
      'a-modules/queue/main.tf': 'resource "aws_sqs_queue" "q" {\n  name = \n}\n',
      'b-stack/main.tf': 'module "q" {\n  source = "../a-modules/queue"\n}\n',
      'c-vars-only/terraform.tfvars': 'x = 1\n',
    });
    const { streamed, atTheEnd } = scanBothWays(root);
    expect(streamed.notices.filter((notice) => notice.kind === 'parse-error')).toHaveLength(1);
    expect(streamed.resources.map((resource) => resource.address)).toEqual(['module.q.aws_sqs_queue.q']);
    expect(streamed).toEqual(atTheEnd);
  });
});
