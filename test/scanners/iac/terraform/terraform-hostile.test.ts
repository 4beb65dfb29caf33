import { ParseLimitError } from '../../../../src/scanners/iac/parsers/parse-limits';
import { parseHcl } from '../../../../src/scanners/iac/parsers/hcl/parser';
import { child, str } from '../../../../src/scanners/iac/model/node';
import { LIMITS } from '../../../../src/scanners/iac/formats/terraform/values';
import { scanProject } from './tf-project';

/** Runs the action with some evaluation limits lowered, so that a test need not spend millions of steps. */
function withLimits<T>(limits: Partial<typeof LIMITS>, action: () => T): T {
  const saved = { ...LIMITS };
  Object.assign(LIMITS, limits);
  try {
    return action();
  } finally {
    Object.assign(LIMITS, saved);
  }
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

  it('reads a 4 MiB heredoc whole', () => {
    const line = 'x'.repeat(99) + '\n';
    const source = `v = <<-EOT\n${line.repeat(40_000)}EOT\nafter = 1\n`;
    const result = parseHcl(source);
    expect(result.errors).toEqual([]);
    expect(result.body.attributes.map((attribute) => attribute.name)).toEqual(['v', 'after']);
    const heredoc = result.body.attributes[0]!.expr;
    expect(heredoc.range).toMatchObject({ startLine: 1, endLine: 40_002 });
  });

  it('caps the errors of a file full of unterminated strings or garbage', () => {
    const result = parseHcl('a = "unterminated\n'.repeat(50_000));
    expect(result.errors.length).toBe(50);
    let seed = 7;
    const garbage = Array.from({ length: 200_000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return String.fromCharCode(1 + (seed % 254));
    }).join('');
    const parsed = parseHcl(garbage);
    expect(parsed.errors.length).toBeGreaterThan(0);
    expect(parsed.errors.length).toBeLessThanOrEqual(50);
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
    const result = scanProject({ 'main.tf': source });
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
    const tooLarge = (line: number, column: number) =>
      expect.objectContaining({
        kind: 'warning',
        path: 'main.tf',
        line,
        column,
        message: expect.stringMatching(/^could not evaluate this expression.*too large to process/),
      });
    expect(result.report.notices).toEqual([tooLarge(45, 12), tooLarge(46, 10)]);
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
    const result = scanProject({ 'main.tf': source });
    const bucket = child(result.model.resources[0]!.body, 'bucket');
    // How deep a chain V8's stack allows differs between machines: past it, the value is unknown and says why.
    const toldWhy = result.report.notices.some(
      (notice) => notice.kind === 'warning' && notice.message.endsWith('references nest too deeply'),
    );
    expect(str(bucket) === 'end' || (bucket?.kind === 'unknown' && toldWhy)).toBe(true);
  });

  it('records the references of a resource with 50,000 attributes', () => {
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
    const result = scanProject({ 'main.tf': source });
    const wide = result.model.ofType('aws_security_group')[0]!;
    expect(wide.references).toHaveLength(50_000);
    expect(wide.references!.at(-1)).toEqual({ attribute: 'a49999', address: 'aws_kms_key.k1' });
  });

  it('gives an expression that takes more than its share an unknown value, reported at its line, and scans the rest', () => {
    const source = [
      'locals {',
      '  runaway = [for i in range(100000) : [for j in range(100000) : i * j]]',
      '  name    = "kept"',
      '}',
      'resource "aws_s3_bucket" "a" {',
      '  bucket = local.name',
      '  tags   = { size = length(local.runaway) }',
      '}',
      'resource "aws_s3_bucket" "b" {',
      '  bucket = "${local.name}-b"',
      '}',
      '',
    ].join('\n');
    const { model, report } = scanProject({ 'main.tf': source });
    const [a, b] = model.resources;
    expect(str(child(a!.body, 'bucket'))).toBe('kept');
    expect(child(a!.body, 'tags.size')).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining(`more than ${LIMITS.maxExpressionSteps} evaluation steps`),
    });
    expect(str(child(b!.body, 'bucket'))).toBe('kept-b');
    expect(report.notices).toEqual([
      {
        kind: 'warning',
        path: 'main.tf',
        line: 2,
        column: 13,
        message: expect.stringContaining(`more than ${LIMITS.maxExpressionSteps} evaluation steps`),
      },
    ]);
  });

  it('reports an expression of a module that takes more than its share in the module file that holds it', () => {
    const { model, report } = withLimits({ maxExpressionSteps: 100_000 }, () =>
      scanProject({
        'main.tf': 'module "m" {\n  source = "./modules/m"\n}\n',
        'modules/m/a.tf': 'locals {\n  fine = [for i in range(10) : i]\n}\n',
        'modules/m/b.tf':
          'locals {\n  runaway = [for i in range(60000) : i]\n}\nresource "aws_s3_bucket" "m" {\n  size = length(local.runaway) + length(local.fine)\n}\n',
      }),
    );
    expect(model.resources.map((resource) => resource.address)).toEqual(['module.m.aws_s3_bucket.m']);
    expect(report.notices).toEqual([
      expect.objectContaining({ kind: 'warning', path: 'modules/m/b.tf', line: 2, column: 13 }),
    ]);
  });

  it("does not let try() or can() run on past an expression's share", () => {
    const runaway = '[for i in range(100000) : [for j in range(100000) : i]]';
    const source = `resource "aws_s3_bucket" "a" {\n  t = try(${runaway}, "fallback")\n  c = can(${runaway})\n  bucket = "kept"\n}\n`;
    const { model, report } = withLimits({ maxExpressionSteps: 100_000 }, () =>
      scanProject({ 'main.tf': source }),
    );
    const body = model.resources[0]!.body;
    for (const name of ['t', 'c'])
      expect(child(body, name)).toMatchObject({
        kind: 'unknown',
        reason: expect.stringContaining('more than 100000 evaluation steps'),
      });
    expect(str(child(body, 'bucket'))).toBe('kept');
    expect(report.notices.map((notice) => notice.line)).toEqual([2, 3]);
  });

  it('charges a named value its own steps, not the expression that refers to it', () => {
    // A comprehension over 30,000 numbers takes about 60,000 steps, and length() 30,000 more to read
    // it: `both` takes 120,000 steps of its own and 180,000 with the local's.
    const source = [
      'locals {',
      '  big = [for i in range(30000) : i]',
      '}',
      'resource "aws_s3_bucket" "a" {',
      '  both = length(local.big) + length([for i in range(30000) : i])',
      '  alone = length([for i in range(60000) : i])',
      '}',
      '',
    ].join('\n');
    const { model, report } = withLimits({ maxExpressionSteps: 150_000 }, () =>
      scanProject({ 'main.tf': source }),
    );
    const body = model.resources[0]!.body;
    expect(child(body, 'both')).toMatchObject({ kind: 'scalar', value: 60_000 });
    expect(child(body, 'alone')).toMatchObject({ kind: 'unknown' });
    expect(report.notices).toEqual([expect.objectContaining({ path: 'main.tf', line: 6, column: 11 })]);
  });

  it("evaluates a resource that an expression asks for on the module's budget, not on that expression's share", () => {
    // Each list takes 80,000 steps to compute and 40,000 more to become part of the model: the five
    // together are more than one expression's share, but each is within its own.
    const lists = Array.from({ length: 5 }, (_, index) => `  l${index} = [for i in range(40000) : i]`);
    const source = [
      'resource "aws_s3_bucket" "first" {',
      '  size = length(aws_s3_bucket.asked.l4)',
      '}',
      'resource "aws_s3_bucket" "asked" {',
      ...lists,
      '}',
      '',
    ].join('\n');
    const { model, report } = withLimits({ maxExpressionSteps: 150_000 }, () =>
      scanProject({ 'main.tf': source }),
    );
    expect(report.notices).toEqual([]);
    const [first, asked] = model.resources;
    expect(child(first!.body, 'size')).toMatchObject({ kind: 'scalar', value: 40_000 });
    expect(asked!.address).toBe('aws_s3_bucket.asked');
    for (let index = 0; index < 5; index++)
      expect(child(asked!.body, `l${index}`)).toMatchObject({ kind: 'list' });
  });

  it('still stops a root module whose expressions together take more than its budget', () => {
    const locals = Array.from({ length: 6 }, (_, index) => `  l${index} = [for i in range(30000) : i]`);
    const source = [
      'resource "aws_s3_bucket" "first" {',
      '  bucket = "first"',
      '}',
      'locals {',
      ...locals,
      '}',
      'resource "aws_s3_bucket" "heavy" {',
      ...locals.map((_, index) => `  a${index} = length(local.l${index})`),
      '}',
      '',
    ].join('\n');
    const { model, report } = withLimits({ maxSteps: 300_000, maxExpressionSteps: 100_000 }, () =>
      scanProject({ 'stack/main.tf': source }),
    );
    expect(model.resources.map((resource) => resource.address)).toEqual(['aws_s3_bucket.first']);
    expect(report.notices).toEqual([
      expect.objectContaining({
        kind: 'skipped',
        path: 'stack',
        message: expect.stringMatching(
          /^Terraform evaluation stopped early: .*; not scanned: aws_s3_bucket\.heavy \(stack\/main\.tf:12\)$/,
        ),
      }),
    ]);
  });

  it('names what a stopped root module leaves out, inside modules too, ten at most', () => {
    const root = [
      ...Array.from({ length: 3 }, (_, index) => `resource "aws_sqs_queue" "q${index}" {}`),
      'module "net" {',
      '  source = "./net"',
      '}',
      'module "later" {',
      '  source = "./net"',
      '}',
      '',
    ].join('\n');
    const net = [
      'resource "aws_vpc" "v" {}',
      'resource "aws_s3_bucket" "heavy" {',
      '  count = 30',
      '  size  = length([for i in range(20000) : i])',
      '}',
      ...Array.from({ length: 11 }, (_, index) => `resource "aws_subnet" "s${index}" {}`),
      '',
    ].join('\n');
    const { model, report } = withLimits({ maxSteps: 300_000, maxExpressionSteps: 100_000 }, () =>
      scanProject({ 'main.tf': root, 'net/main.tf': net }),
    );
    const scanned = model.resources.map((resource) => resource.address);
    expect(scanned.slice(0, 5)).toEqual([
      'aws_sqs_queue.q0',
      'aws_sqs_queue.q1',
      'aws_sqs_queue.q2',
      'module.net.aws_vpc.v',
      'module.net.aws_s3_bucket.heavy[0]',
    ]);
    expect(scanned).not.toContain('module.net.aws_s3_bucket.heavy[29]');
    expect(scanned.some((address) => address.includes('aws_subnet'))).toBe(false);
    const left = [
      'module.net.aws_s3_bucket.heavy (net/main.tf:2, in part)',
      ...Array.from(
        { length: 9 },
        (_, index) => `module.net.aws_subnet.s${index} (net/main.tf:${6 + index})`,
      ),
    ];
    expect(report.notices).toEqual([
      expect.objectContaining({
        kind: 'skipped',
        path: '.',
        message: expect.stringMatching(/^Terraform evaluation stopped early: /),
      }),
    ]);
    // Past the ten named: subnets s9 and s10, and module.later, never expanded.
    expect(report.notices[0]!.message).toContain(`; not scanned: ${left.join(', ')}, and 3 more`);
  });

  it('reports a variables file value that takes more than its share', () => {
    const { model, report } = withLimits({ maxExpressionSteps: 100_000 }, () =>
      scanProject({
        'main.tf':
          'variable "big" {}\nresource "aws_s3_bucket" "a" {\n  size = length(var.big)\n  bucket = "kept"\n}\n',
        'terraform.tfvars': 'small = 1\nbig = [for i in range(60000) : i]\n',
      }),
    );
    const body = model.resources[0]!.body;
    expect(child(body, 'size')).toMatchObject({ kind: 'unknown' });
    expect(str(child(body, 'bucket'))).toBe('kept');
    expect(report.notices).toEqual([
      expect.objectContaining({ kind: 'warning', path: 'terraform.tfvars', line: 2, column: 7 }),
    ]);
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
