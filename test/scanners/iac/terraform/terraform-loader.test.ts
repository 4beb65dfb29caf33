import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTerraformLoader } from '../../../../src/scanners/iac/formats/terraform/terraform-loader';
import { FORMAT_LOADERS } from '../../../../src/scanners/iac/formats/index';
import { child, str, toPlain } from '../../../../src/scanners/iac/model/node';
import { scanIac } from '../../../../src/scanners/iac/scan-iac';
import { scanProject } from './tf-project';

const created: string[] = [];
afterAll(() => created.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function temporary(prefix: string): string {
  const dir = mkdtempSync(prefix);
  created.push(dir);
  return dir;
}

function folderWith(files: Record<string, string>): string {
  const root = temporary(path.join(os.tmpdir(), 'cloudgate-loader-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
  return root;
}

describe('Terraform loader', () => {
  it('is registered with the format loaders', () => {
    expect(FORMAT_LOADERS.some((loader) => loader.format === 'terraform')).toBe(true);
  });

  it('starts every scan afresh when one loader serves several scans', () => {
    const loader = createTerraformLoader();
    const first = folderWith({ 'main.tf': 'resource "aws_s3_bucket" "one" {}\n' });
    const second = folderWith({ 'main.tf': 'resource "aws_s3_bucket" "two" {}\n' });
    const a = scanIac({ root: first, rules: [], loaders: [loader] });
    const b = scanIac({ root: second, rules: [], loaders: [loader] });
    expect(a.model.resources.map((resource) => resource.address)).toEqual(['aws_s3_bucket.one']);
    expect(b.model.resources.map((resource) => resource.address)).toEqual(['aws_s3_bucket.two']);
  });

  it('counts configuration and variables files as scanned and registers their text for suppressions', () => {
    const { report, model } = scanProject({
      'main.tf': 'variable "x" {}\n',
      'terraform.tfvars': 'x = 1\n',
      'notes.txt': 'hello',
    });
    expect(report.stats.files).toBe(2);
    expect(model.lineText('main.tf', 1)).toBe('variable "x" {}');
  });

  it('merges override files into the blocks they name', () => {
    const { model } = scanProject({
      'main.tf':
        'resource "aws_s3_bucket" "b" {\n  bucket = "base"\n  acl = "private"\n  versioning { enabled = false }\n}\n',
      'main_override.tf':
        'resource "aws_s3_bucket" "b" {\n  acl = "log-delivery-write"\n  versioning { enabled = true }\n}\n',
    });
    expect(toPlain(model.resources[0]!.body)).toEqual({
      bucket: 'base',
      acl: 'log-delivery-write',
      versioning: [{ enabled: true }],
    });
  });

  it('warns about a resource declared twice and about functions it does not evaluate, once each', () => {
    const { report, model } = scanProject({
      'a.tf': 'resource "aws_s3_bucket" "b" { bucket = provider::aws::arn_build("x") }\n',
      'b.tf':
        'resource "aws_s3_bucket" "b" { bucket = "second" }\nresource "aws_sqs_queue" "q" { name = provider::aws::arn_build("y") }\n',
    });
    expect(model.resources.map((resource) => resource.file)).toEqual(['a.tf', 'b.tf']);
    const messages = report.notices
      .map((notice) => `${notice.kind} ${notice.path ?? '-'} ${notice.message}`)
      .sort();
    expect(messages).toEqual([
      'warning - function provider::aws::arn_build() is not evaluated by cloudgate; values that use it are unknown',
      'warning b.tf aws_s3_bucket.b is declared more than once in this module; the first declaration is used',
    ]);
  });

  it('reports every syntax error of a file with its position and still scans the rest of it', () => {
    const { report, model } = scanProject({
      'main.tf': [
        'resource "aws_s3_bucket" "a" {',
        '  bucket = "a" "b"',
        '}',
        'resource "aws_s3_bucket" "b" {',
        '  bucket = "kept"',
        '}',
        '',
      ].join('\n'),
    });
    expect(report.notices).toEqual([
      expect.objectContaining({ kind: 'parse-error', path: 'main.tf', line: 2, column: 16 }),
    ]);
    expect(str(child(model.resources[1]!.body, 'bucket'))).toBe('kept');
  });
});
