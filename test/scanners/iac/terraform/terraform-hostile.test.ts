import { ParseLimitError } from '../../../../src/scanners/iac/parsers/parse-limits';
import { parseHcl } from '../../../../src/scanners/iac/parsers/hcl/parser';
import { child, str } from '../../../../src/scanners/iac/model/node';
import { scanProject } from './tf-project';

function timed<T>(action: () => T): { result: T; ms: number } {
  const started = Date.now();
  const result = action();
  return { result, ms: Date.now() - started };
}

describe('hostile HCL input', () => {
  it('refuses nesting deeper than the limit instead of overflowing the stack', () => {
    expect(() => parseHcl(`a = ${'['.repeat(100_000)}`)).toThrow(ParseLimitError);
    expect(() => parseHcl('a {\n'.repeat(10_000))).toThrow(ParseLimitError);
    expect(() => parseHcl(`a = ${'-'.repeat(100_000)}1`)).toThrow(ParseLimitError);
    const { report } = scanProject({
      'deep.tf': `a = ${'('.repeat(50_000)}`,
      'ok.tf': 'resource "aws_s3_bucket" "b" {}\n',
    });
    expect(report.notices).toEqual([
      expect.objectContaining({
        kind: 'skipped',
        path: 'deep.tf',
        message: expect.stringContaining('deeper than'),
      }),
    ]);
  });

  it('reads a 4 MiB heredoc in bounded time', () => {
    const line = 'x'.repeat(99) + '\n';
    const source = `v = <<-EOT\n${line.repeat(40_000)}EOT\nafter = 1\n`;
    const { result, ms } = timed(() => parseHcl(source));
    expect(result.errors).toEqual([]);
    expect(result.body.attributes.map((attribute) => attribute.name)).toEqual(['v', 'after']);
    expect(ms).toBeLessThan(5_000);
  });

  it('caps the errors of a file full of unterminated strings or garbage', () => {
    const { result, ms } = timed(() => parseHcl('a = "unterminated\n'.repeat(50_000)));
    expect(result.errors.length).toBeLessThanOrEqual(50);
    expect(ms).toBeLessThan(5_000);
    let seed = 7;
    const garbage = Array.from({ length: 200_000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return String.fromCharCode(1 + (seed % 254));
    }).join('');
    const parsed = timed(() => parseHcl(garbage));
    expect(parsed.result.errors.length).toBeGreaterThan(0);
    expect(parsed.result.errors.length).toBeLessThanOrEqual(50);
    expect(parsed.ms).toBeLessThan(5_000);
  });

  it('reports binary .tf files as skipped', () => {
    const { report } = scanProject({ 'blob.tf': 'resource\u0000\u0001\u0002' });
    expect(report.notices).toEqual([
      expect.objectContaining({
        kind: 'skipped',
        path: 'blob.tf',
        message: expect.stringContaining('binary'),
      }),
    ]);
  });
});

describe('hostile Terraform evaluation', () => {
  it('stops a value that doubles forty times without hanging', () => {
    const locals = [
      'locals {',
      '  l0 = ["x"]',
      ...Array.from({ length: 40 }, (_, index) => `  l${index + 1} = [local.l${index}, local.l${index}]`),
      '}',
    ];
    const source = [
      ...locals,
      'resource "aws_iam_policy" "p" {',
      '  policy = jsonencode(local.l40)',
      '  tags = { big = local.l40 }',
      '  name = "kept"',
      '}',
      '',
    ].join('\n');
    const { result, ms } = timed(() => scanProject({ 'main.tf': source }));
    expect(ms).toBeLessThan(20_000);
    const body = result.model.resources[0]!.body;
    expect(str(child(body, 'name'))).toBe('kept');
    expect(child(body, 'policy')).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining('too large'),
    });
    expect(child(body, 'tags')).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining('too large'),
    });
  });

  it('treats names of JavaScript object properties as unknown functions, not as a crash', () => {
    const names = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'];
    const source = [
      'resource "aws_s3_bucket" "b" {',
      ...names.map((name, index) => `  a${index} = ${name}("x")`),
      '  bucket = "kept"',
      '}',
      '',
    ].join('\n');
    const { model, report } = scanProject({ 'main.tf': source });
    const body = model.resources[0]!.body;
    expect(str(child(body, 'bucket'))).toBe('kept');
    names.forEach((name, index) =>
      expect(child(body, `a${index}`)).toMatchObject({
        kind: 'unknown',
        reason: expect.stringContaining(`${name}()`),
      }),
    );
    expect(report.notices.map((notice) => notice.message).sort()).toEqual(
      names
        .map((name) => `function ${name}() is not evaluated by cloudgate; values that use it are unknown`)
        .sort(),
    );
  });

  it('turns collections and strings over the size limits into unknowns', () => {
    const source =
      'resource "aws_iam_policy" "p" {\n  a = range(1000000000)\n  b = join("", [for i in range(100000) : "${i}${i}${i}${i}${i}${i}${i}${i}${i}${i}${i}${i}${i}${i}${i}${i}"])\n  c = format("%10000s%10000s", "a", "b")\n  name = "kept"\n}\n';
    const { model } = scanProject({ 'main.tf': source });
    const body = model.resources[0]!.body;
    expect(child(body, 'a')).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining('over the limit'),
    });
    expect(str(child(body, 'name'))).toBe('kept');
    expect(str(child(body, 'c'))?.length).toBe(20_000);
  });

  it('limits count to 10,000 instances with a notice', () => {
    const { model, report } = scanProject({
      'main.tf': 'resource "aws_sqs_queue" "q" {\n  count = 1000000000\n  name = "q${count.index}"\n}\n',
    });
    expect(model.resources).toHaveLength(10_000);
    expect(report.notices).toEqual([
      expect.objectContaining({
        kind: 'skipped',
        line: 1,
        message: expect.stringContaining('1000000000 instances'),
      }),
    ]);
  });

  it('survives a very long chain of locals', () => {
    const chain = Array.from({ length: 20_000 }, (_, index) => `  l${index} = local.l${index + 1}`);
    const source = [
      'locals {',
      ...chain,
      '  l20000 = "end"',
      '}',
      'resource "aws_s3_bucket" "b" { bucket = local.l0 }',
      '',
    ].join('\n');
    const { result, ms } = timed(() => scanProject({ 'main.tf': source }));
    expect(ms).toBeLessThan(20_000);
    const bucket = child(result.model.resources[0]!.body, 'bucket');
    expect(str(bucket) === 'end' || bucket?.kind === 'unknown').toBe(true);
  });

  it('records the references of a resource with 50,000 attributes in bounded time', () => {
    const attributes = Array.from(
      { length: 50_000 },
      (_, index) => `  a${index} = aws_kms_key.k${index % 3}.arn`,
    );
    const source = [
      'resource "aws_kms_key" "k0" {}',
      'resource "aws_kms_key" "k1" {}',
      'resource "aws_kms_key" "k2" {}',
      'resource "aws_security_group" "wide" {',
      ...attributes,
      '}',
      '',
    ].join('\n');
    const { result, ms } = timed(() => scanProject({ 'main.tf': source }));
    expect(ms).toBeLessThan(5_000);
    const wide = result.model.ofType('aws_security_group')[0]!;
    expect(wide.references).toHaveLength(50_000);
    expect(wide.references!.at(-1)).toEqual({ attribute: 'a49999', address: 'aws_kms_key.k1' });
  });

  it('refuses a template file that calls templatefile on itself', () => {
    const { model } = scanProject({
      'main.tf': 'resource "aws_iam_policy" "p" { policy = templatefile("t.tpl", {}) }\n',
      't.tpl': '${templatefile("t.tpl", {})}',
    });
    expect(child(model.resources[0]!.body, 'policy')).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining('inside a template'),
    });
  });
});
