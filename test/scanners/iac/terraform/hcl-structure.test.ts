import { parseHcl } from '../../../../src/scanners/iac/parsers/hcl/parser';

describe('HCL structure', () => {
  it('reads blocks with quoted and bare labels, nested blocks and attributes', () => {
    const { body, errors } = parseHcl(
      [
        'resource "aws_s3_bucket" logs {',
        '  bucket = "x"',
        '  versioning {',
        '    enabled = true',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
    const [block] = body.blocks;
    expect(block!.type).toBe('resource');
    expect(block!.labels).toEqual(['aws_s3_bucket', 'logs']);
    expect(block!.body.attributes.map((attribute) => attribute.name)).toEqual(['bucket']);
    expect(block!.body.blocks[0]!.type).toBe('versioning');
    expect(block!.body.blocks[0]!.body.attributes[0]!.expr).toMatchObject({ type: 'literal', value: true });
  });

  it('keeps the range of every block, label, attribute and expression', () => {
    const { body } = parseHcl(
      ['# heading', 'resource "aws_s3_bucket" "logs" {', '  acl = "private"', '}'].join('\n'),
    );
    const block = body.blocks[0]!;
    expect(block.range).toEqual({ startLine: 2, startColumn: 1, endLine: 4, endColumn: 2 });
    expect(block.typeRange).toEqual({ startLine: 2, startColumn: 1, endLine: 2, endColumn: 9 });
    expect(block.labelRanges[1]).toEqual({ startLine: 2, startColumn: 26, endLine: 2, endColumn: 32 });
    const attribute = block.body.attributes[0]!;
    expect(attribute.nameRange).toEqual({ startLine: 3, startColumn: 3, endLine: 3, endColumn: 6 });
    expect(attribute.range).toEqual({ startLine: 3, startColumn: 3, endLine: 3, endColumn: 18 });
    expect(attribute.expr.range).toEqual({ startLine: 3, startColumn: 9, endLine: 3, endColumn: 18 });
  });

  it('accepts one-line blocks, empty blocks and all three comment kinds', () => {
    const source = [
      '# hash comment',
      '// slash comment',
      '/* block',
      '   comment */',
      'a = 1 # trailing',
      'b = /* inline */ 2',
      'empty {}',
      'single { c = 3 }',
      'labelled "x" { d = 4 }',
    ].join('\n');
    const { body, errors } = parseHcl(source);
    expect(errors).toEqual([]);
    expect(body.attributes.map((attribute) => [attribute.name, attribute.nameRange.startLine])).toEqual([
      ['a', 5],
      ['b', 6],
    ]);
    expect(body.blocks.map((block) => [block.type, block.body.attributes.length])).toEqual([
      ['empty', 0],
      ['single', 1],
      ['labelled', 1],
    ]);
  });

  it('takes an attribute value over several lines inside brackets, parentheses and objects', () => {
    const source = [
      'list = [',
      '  1,',
      '  2,',
      ']',
      'call = max(',
      '  1,',
      '  2',
      ')',
      'obj = {',
      '  a = 1',
      '  b = 2,',
      '}',
      'next = 1',
    ].join('\n');
    const { body, errors } = parseHcl(source);
    expect(errors).toEqual([]);
    expect(
      body.attributes.map((attribute) => [
        attribute.name,
        attribute.range.startLine,
        attribute.range.endLine,
      ]),
    ).toEqual([
      ['list', 1, 4],
      ['call', 5, 8],
      ['obj', 9, 12],
      ['next', 13, 13],
    ]);
  });

  it('reports an attribute defined twice in one body', () => {
    const { errors } = parseHcl('a = 1\na = 2\n');
    expect(errors).toEqual([
      expect.objectContaining({ line: 2, column: 1, message: expect.stringContaining('more than once') }),
    ]);
  });

  it('parses CRLF line endings like LF', () => {
    const { body, errors } = parseHcl('block {\r\n  a = "x"\r\n}\r\nb = 2\r\n');
    expect(errors).toEqual([]);
    expect(body.blocks[0]!.body.attributes[0]!.expr).toMatchObject({ value: 'x' });
    expect(body.attributes[0]!.nameRange.startLine).toBe(4);
  });
});
