import { parseHcl } from '../../../../src/scanners/iac/parsers/hcl/parser';

function names(source: string): string[] {
  const { body } = parseHcl(source);
  return [
    ...body.attributes.map((attribute) => attribute.name),
    ...body.blocks.map(
      (block) => `${block.type}{${block.body.attributes.map((attribute) => attribute.name).join(',')}}`,
    ),
  ];
}

describe('HCL error recovery', () => {
  it('reports a bad attribute with its line and column and reads the next line', () => {
    const { errors } = parseHcl('bad = = 3\nok = 4\n');
    expect(errors).toEqual([{ message: "expected an expression, found '='", line: 1, column: 7 }]);
    expect(names('bad = = 3\nok = 4\n')).toEqual(['ok']);
  });

  it('keeps the rest of a block and the blocks after it', () => {
    const source = [
      'resource "a" "b" {',
      '  x = [1, 2 3]',
      '  y = 2',
      '}',
      'resource "c" "d" { z = 1 }',
      '',
    ].join('\n');
    const { errors } = parseHcl(source);
    expect(errors).toEqual([expect.objectContaining({ line: 2, column: 13 })]);
    expect(names(source)).toEqual(['resource{y}', 'resource{z}']);
  });

  it('skips a broken value spanning lines as a whole', () => {
    const source = ['a = {', '  b = 1 +', '  c = 2', '}', 'd = 3', ''].join('\n');
    const { errors } = parseHcl(source);
    expect(errors[0]).toMatchObject({ line: 2 });
    expect(names(source)).toEqual(['d']);
  });

  it('reports an unterminated string where it starts and reads the next line', () => {
    const { errors } = parseHcl('a = "abc\nb = 2\n');
    expect(errors[0]).toMatchObject({ line: 1, message: expect.stringContaining('unterminated string') });
    expect(names('a = "abc\nb = 2\n')).toContain('b');
  });

  it('reports a block left open at the end of the file and keeps what it holds', () => {
    const { body, errors } = parseHcl('block {\n  a = 1\n');
    expect(errors).toEqual([
      expect.objectContaining({ line: 1, column: 7, message: expect.stringContaining('unclosed block') }),
    ]);
    expect(body.blocks[0]!.body.attributes[0]!.name).toBe('a');
  });

  it('reports a stray closing brace, a missing equals sign and an invalid character', () => {
    expect(parseHcl('}\na = 1\n').errors[0]).toMatchObject({ line: 1, column: 1 });
    expect(parseHcl('a 1\n').errors[0]).toMatchObject({
      line: 1,
      column: 3,
      message: expect.stringContaining("'=' or a block"),
    });
    expect(parseHcl('a = 1 @ 2\n').errors[0]).toMatchObject({
      line: 1,
      column: 7,
      message: expect.stringContaining('invalid character'),
    });
  });

  it('reports an unterminated heredoc and template directive errors', () => {
    expect(parseHcl('a = <<EOT\nnever closed\n').errors[0]).toMatchObject({
      line: 1,
      column: 5,
      message: expect.stringContaining('EOT'),
    });
    expect(parseHcl('a = "%{ if x }yes"\n').errors[0]).toMatchObject({
      line: 1,
      message: expect.stringContaining('endif'),
    });
    expect(parseHcl('a = "%{ endfor }"\n').errors[0]).toMatchObject({
      message: expect.stringContaining('without a matching'),
    });
    expect(parseHcl('a = "%{ while x }"\n').errors[0]).toMatchObject({
      message: expect.stringContaining('unknown template directive'),
    });
    expect(parseHcl('a = "bad \\q escape"\n').errors[0]).toMatchObject({
      message: expect.stringContaining('invalid escape'),
    });
  });

  it('reports interpolation in a block label', () => {
    expect(parseHcl('resource "${x}" "b" {}\n').errors[0]).toMatchObject({
      line: 1,
      message: expect.stringContaining('label'),
    });
  });
});
