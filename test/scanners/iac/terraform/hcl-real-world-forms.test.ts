import { parseHcl } from '../../../../src/scanners/iac/parsers/hcl/parser';
import type { Expression } from '../../../../src/scanners/iac/parsers/hcl/ast';
import { evalBody } from './tf-project';

/**
 * Layouts found in published modules (a corpus of a few hundred real files parses without an
 * error Terraform would not also give). Each case is a small configuration written for this test
 * in the same shape, so a regression in any of them shows up here.
 */
function attributeExpr(source: string, name: string): Expression {
  const { body, errors } = parseHcl(source);
  expect(errors).toEqual([]);
  const attribute = [...body.attributes, ...body.blocks.flatMap((block) => block.body.attributes)].find(
    (candidate) => candidate.name === name,
  );
  expect(attribute).toBeDefined();
  return attribute!.expr;
}

describe('HCL layouts seen in real modules', () => {
  it('reads a for expression whose collection is parenthesised with no space after "in"', () => {
    const expr = attributeExpr(
      'locals {\n  sizes = [for size in(var.sizes != null ? var.sizes : []) : size * 2]\n}\n',
      'sizes',
    );
    expect(expr).toMatchObject({ type: 'for', valueVar: 'size', collection: { type: 'parens' } });
  });

  it('reads attributes whose names are words the syntax also uses (if, for, in)', () => {
    const { body, errors } = parseHcl(
      'hook "before" {\n  if  = !local.enabled\n  for = "apply"\n  in  = ["plan"]\n}\n',
    );
    expect(errors).toEqual([]);
    expect(body.blocks[0]!.body.attributes.map((attribute) => attribute.name)).toEqual(['if', 'for', 'in']);
    expect(body.blocks[0]!.body.attributes[0]!.expr).toMatchObject({ type: 'unary', op: '!' });
  });

  it('reads a heredoc written as a list element, its closing marker indented under <<EOT', () => {
    const expr = attributeExpr(
      [
        'data "external" "probe" {',
        '  program = [',
        '    "/bin/sh",',
        '    <<EOT',
        '      echo ready',
        '    EOT',
        '  ]',
        '}',
        '',
      ].join('\n'),
      'program',
    );
    expect(expr.type).toBe('tuple');
    expect(expr.type === 'tuple' ? expr.items.length : 0).toBe(2);
    // The closing marker may be indented; without <<- the text keeps its own indentation.
    expect(evalBody('program = ["sh", <<EOT\n  echo ready\n  EOT\n]\n')).toEqual({
      program: ['sh', '  echo ready\n'],
    });
  });

  it('indexes the result of a call that spans several lines', () => {
    const expr = attributeExpr(
      'output "first" {\n  value = compact(concat(\n    var.a,\n    var.b\n  ))[0]\n}\n',
      'value',
    );
    expect(expr).toMatchObject({ type: 'index', source: { type: 'call', name: 'compact' } });
  });

  it('reads a conditional spread over lines inside parentheses', () => {
    const expr = attributeExpr(
      'resource "null_resource" "x" {\n  triggers = (\n    var.region == "us-east-1"\n    ? { default = "yes" }\n    : {}\n  )\n}\n',
      'triggers',
    );
    expect(expr).toMatchObject({ type: 'parens', expr: { type: 'conditional' } });
  });

  it('reads object items separated by colons, and quoted keys with dashes', () => {
    const expr = attributeExpr(
      'locals {\n  headers = var.on ? { "User-Agent" : local.agent, "X-Id" : "7" } : null\n}\n',
      'headers',
    );
    expect(expr).toMatchObject({
      type: 'conditional',
      trueExpr: { type: 'object', items: [{ key: { value: 'User-Agent' } }, { key: { value: 'X-Id' } }] },
    });
  });

  it('reads files with Windows line ends, a heredoc among them, and no line break at the end', () => {
    const { body, errors } = parseHcl(
      'terraform {\r\n  backend "s3" {}\r\n}\r\nlocals {\r\n  doc = <<EOF\r\n{"a": 1}\r\nEOF\r\n}',
    );
    expect(errors).toEqual([]);
    expect(body.blocks.map((block) => block.type)).toEqual(['terraform', 'locals']);
    expect(body.blocks[0]!.body.blocks[0]!.labels).toEqual(['s3']);
  });

  it('reads the quoted-interpolation style of old modules, nested quotes and a call across lines', () => {
    const expr = attributeExpr(
      'locals {\n  tags = "${map("Name", "x",\n                "Team", "${var.team}",\n  )}"\n  path = "${file("${local.dir}/id.pub")}"\n}\n',
      'tags',
    );
    expect(expr).toMatchObject({ type: 'template', single: true });
  });

  it('reads bare block labels, blocks on one line, tab indentation and blank lines holding spaces', () => {
    const { body, errors } = parseHcl(
      'data azurerm_subscription "current" { }\nunit "a" {\n\tsource = "units/app"\n  \n\tpath   = "a"\n}\n',
    );
    expect(errors).toEqual([]);
    expect(body.blocks.map((block) => [block.type, ...block.labels])).toEqual([
      ['data', 'azurerm_subscription', 'current'],
      ['unit', 'a'],
    ]);
    expect(body.blocks[1]!.body.attributes.map((attribute) => attribute.name)).toEqual(['source', 'path']);
  });

  it('still reports what Terraform rejects: interpolation in a label and a repeated attribute', () => {
    const { errors } = parseHcl(
      'resource "x" "name-${local.suffix}" {\n}\nterraform {\n  required_providers {\n    a = 1\n    a = 2\n  }\n}\n',
    );
    expect(errors.map((error) => [error.line, error.message])).toEqual([
      [1, 'a block label must be a plain string, without interpolation'],
      [6, 'attribute a is defined more than once in this body'],
    ]);
  });
});
