import { evalBody, evalHcl, expressionOf } from './tf-project';

describe('HCL templates', () => {
  it('interpolates values, converting numbers and booleans to strings', () => {
    expect(evalHcl('"${name}-${count}-${on}"', { name: 'web', count: 3, on: true })).toBe('web-3-true');
    expect(evalHcl('"a${"nested ${x}"}b"', { x: 1 })).toBe('anested 1b');
  });

  it('yields the value itself for a template that is one interpolation', () => {
    expect(evalHcl('"${list}"', { list: [1, 2] })).toEqual([1, 2]);
    expect(evalHcl('"${n}"', { n: 5 })).toBe(5);
    expect(expressionOf('"${x}"')).toMatchObject({ type: 'template', single: true });
  });

  it('renders %{if} and %{else} directives', () => {
    const template = '"Hello, %{ if name != "" }${name}%{ else }(unnamed)%{ endif }!"';
    expect(evalHcl(template, { name: 'Ann' })).toBe('Hello, Ann!');
    expect(evalHcl(template, { name: '' })).toBe('Hello, (unnamed)!');
  });

  it('renders %{for} over lists and maps', () => {
    expect(evalHcl('"%{ for n in names }[${n}]%{ endfor }"', { names: ['a', 'b'] })).toBe('[a][b]');
    expect(evalHcl('"%{ for k, v in m }${k}=${v};%{ endfor }"', { m: { b: 2, a: 1 } })).toBe('a=1;b=2;');
  });

  it('strips whitespace, line breaks included, on the side of a ~ marker', () => {
    expect(evalHcl('"a  ${~ x ~}  b"', { x: 'X' })).toBe('aXb');
    expect(evalHcl('"a  ${~ x}  b"', { x: 'X' })).toBe('aX  b');
    expect(evalHcl('"a  ${x ~}  b"', { x: 'X' })).toBe('a  Xb');
    const rendered = evalBody('v = <<EOT\n%{~ for n in names ~}\n  ${n}\n%{~ endfor ~}\nEOT\n', {
      names: ['x', 'y'],
    });
    expect(rendered.v).toBe('xy');
    const kept = evalBody('v = <<EOT\n%{ for n in names }\n  ${n}\n%{ endfor }\nEOT\n', {
      names: ['x', 'y'],
    });
    expect(kept.v).toBe('\n  x\n\n  y\n\n');
  });

  it('is unknown when any interpolated part is unknown', () => {
    expect(evalHcl('"prefix-${x}"', {}, ['x'])).toEqual({ unknown: 'x' });
    expect(evalHcl('"%{ if x }a%{ endif }"', {}, ['x'])).toEqual({ unknown: 'x' });
  });
});

// Heredoc cases and expected values from the HCL specification's heredoc tests.
describe('HCL heredocs', () => {
  const names = { bar: 'Bar', space_bar: '  Bar' };
  const normal = [
    'basic = <<EOT\nFoo\nBar\nBaz\nEOT',
    'indented = <<EOT\n    Foo\n    Bar\n    Baz\n  EOT',
    'indented_more = <<EOT\n    Foo\n      Bar\n    Baz\n  EOT',
    'interp = <<EOT\n    Foo\n    ${bar}\n    Baz\n  EOT',
    'marker_at_suffix = <<EOT\n    NOT EOT\n  EOT',
  ].join('\n');
  const flush = [
    'basic = <<-EOT\nFoo\nBar\nBaz\nEOT',
    'indented = <<-EOT\n    Foo\n    Bar\n    Baz\n  EOT',
    'indented_more = <<-EOT\n    Foo\n      Bar\n    Baz\n  EOT',
    'indented_less = <<-EOT\n    Foo\n  Bar\n    Baz\n  EOT',
    'interp = <<-EOT\n    Foo\n    ${bar}\n    Baz\n  EOT',
    'interp_indented_more = <<-EOT\n    Foo\n      ${bar}\n    Baz\n  EOT',
    'interp_indented_less = <<-EOT\n    Foo\n  ${space_bar}\n    Baz\n  EOT',
    'tabs = <<-EOT\n\tFoo\n  Bar\n  Baz\n  EOT',
    'unicode_spaces = <<-EOT\n\u2003\u2003Foo\n  Bar\n  Baz\n  EOT',
    'newlines_between = <<-EOT\n  Foo\n\n  Bar\n\n  Baz\n  EOT',
  ].join('\n');

  it('keeps the text of a normal heredoc as written', () => {
    expect(evalBody(`${normal}\n`, names)).toEqual({
      basic: 'Foo\nBar\nBaz\n',
      indented: '    Foo\n    Bar\n    Baz\n',
      indented_more: '    Foo\n      Bar\n    Baz\n',
      interp: '    Foo\n    Bar\n    Baz\n',
      marker_at_suffix: '    NOT EOT\n',
    });
  });

  it('removes the shared indentation of a <<- heredoc', () => {
    expect(evalBody(`${flush}\n`, names)).toEqual({
      basic: 'Foo\nBar\nBaz\n',
      indented: 'Foo\nBar\nBaz\n',
      indented_more: 'Foo\n  Bar\nBaz\n',
      indented_less: '  Foo\nBar\n  Baz\n',
      interp: 'Foo\nBar\nBaz\n',
      interp_indented_more: 'Foo\n  Bar\nBaz\n',
      interp_indented_less: '  Foo\n  Bar\n  Baz\n',
      tabs: 'Foo\n Bar\n Baz\n',
      unicode_spaces: 'Foo\nBar\nBaz\n',
      newlines_between: 'Foo\n\nBar\n\nBaz\n',
    });
  });

  it('keeps backslashes but turns $${ into ${', () => {
    expect(evalBody('v = <<EOT\nC:\\path $${not} %%{not}\nEOT\n')).toEqual({ v: 'C:\\path ${not} %{not}\n' });
  });

  it('ends at a closing marker at the end of the file without a line break', () => {
    expect(evalBody('v = <<EOT\nx\nEOT')).toEqual({ v: 'x\n' });
  });
});
