import { evalHcl, expressionOf } from './tf-project';

// Expected values follow the HCL native syntax specification and its spec suite (operators, literals).
describe('HCL operators', () => {
  it.each([
    ['"a" == "a"', true],
    ['"a" == "b"', false],
    ['"1" == 1', false],
    ['"true" == true', false],
    ['"a" != "a"', false],
    ['"1" != 1', true],
    ['1 < 2', true],
    ['2 < 1', false],
    ['1 < 1', false],
    ['1 <= 1', true],
    ['2 > 1', true],
    ['1 >= 2', false],
    ['1 >= 1', true],
    ['2 + 3.5', 5.5],
    ['3.5 - 2', 1.5],
    ['2 - 3.5', -1.5],
    ['2 * 4.5', 9],
    ['11 % 5', 1],
    ['true && false', false],
    ['false || true', true],
    ['!true', false],
    ['!false', true],
    ['true ? "a" : "b"', 'a'],
    ['false ? "a" : "b"', 'b'],
  ])('%s is %j', (source, expected) => {
    expect(evalHcl(source)).toEqual(expected);
  });

  it('divides and takes fractional remainders as numbers', () => {
    expect(evalHcl('1 / 10')).toBeCloseTo(0.1);
    expect(evalHcl('11 % 5.1')).toBeCloseTo(0.8);
  });

  it('binds * / % tighter than + -, than comparisons, than == !=, than &&, than ||', () => {
    expect(evalHcl('1 + 2 * 3')).toBe(7);
    expect(evalHcl('(1 + 2) * 3')).toBe(9);
    expect(evalHcl('10 - 4 - 3')).toBe(3);
    expect(evalHcl('8 / 4 / 2')).toBe(1);
    expect(evalHcl('1 + 1 == 2')).toBe(true);
    expect(evalHcl('1 < 2 == true')).toBe(true);
    expect(evalHcl('true || false && false')).toBe(true);
    expect(evalHcl('false && true || true')).toBe(true);
    expect(evalHcl('-2 * 3 + 1')).toBe(-5);
    expect(evalHcl('!false && false')).toBe(false);
    expect(evalHcl('1 == 1 ? "y" : "n"')).toBe('y');
    expect(evalHcl('false ? 1 : true ? 2 : 3')).toBe(2);
  });

  it('parses the operator tree with the documented precedence', () => {
    expect(expressionOf('a || b && c == d < e + f * g')).toMatchObject({
      type: 'binary',
      op: '||',
      right: { op: '&&', right: { op: '==', right: { op: '<', right: { op: '+', right: { op: '*' } } } } },
    });
  });

  it('is unknown when an operand is unknown, unless a known operand decides', () => {
    expect(evalHcl('x + 1', {}, ['x'])).toEqual({ unknown: 'x' });
    expect(evalHcl('x == "a"', {}, ['x'])).toEqual({ unknown: 'x' });
    expect(evalHcl('x ? 1 : 2', {}, ['x'])).toEqual({ unknown: 'x' });
    expect(evalHcl('false && x', {}, ['x'])).toBe(false);
    expect(evalHcl('x || true', {}, ['x'])).toBe(true);
    expect(evalHcl('x && true', {}, ['x'])).toEqual({ unknown: 'x' });
  });
});

describe('HCL literals and collections', () => {
  it('reads numbers, booleans, null and unicode strings', () => {
    expect(evalHcl('5')).toBe(5);
    expect(evalHcl('3.2')).toBe(3.2);
    expect(evalHcl('1e3')).toBe(1000);
    expect(evalHcl('null')).toBeNull();
    expect(evalHcl('"ЖЖ"')).toBe('ЖЖ');
    expect(evalHcl('"👩👩👧👦"')).toBe('👩👩👧👦');
  });

  it('decodes escapes in quoted strings', () => {
    expect(evalHcl('"a\\nb\\t\\"c\\"\\\\"')).toBe('a\nb\t"c"\\');
    expect(evalHcl('"\\u00e9\\U0001F600"')).toBe('é😀');
    expect(evalHcl('"$${literal} %%{literal}"')).toBe('${literal} %{literal}');
  });

  it('builds tuples and objects, with bare, quoted and parenthesised keys and either separator', () => {
    expect(evalHcl('[1, "two", [3], ]')).toEqual([1, 'two', [3]]);
    expect(evalHcl('{ a = 1, "b c" = 2, (k) = 3, d: 4 }', { k: 'key' })).toEqual({
      a: 1,
      'b c': 2,
      key: 3,
      d: 4,
    });
    expect(evalHcl('{ true = 1, null = 2 }')).toEqual({ true: 1, null: 2 });
  });

  it('reads names that JavaScript objects inherit as plain names, not keywords', () => {
    expect(evalHcl('{ constructor = 1, toString = 2 }')).toEqual({ constructor: 1, toString: 2 });
    expect(evalHcl('constructor', { constructor: 'a name' })).toBe('a name');
  });

  it('reads attributes and indexes, including the legacy .0 index', () => {
    const names = { o: { list: [{ id: 'a' }, { id: 'b' }], map: { 'k-1': 'v' } } };
    expect(evalHcl('o.list[1].id', names)).toBe('b');
    expect(evalHcl('o.list.0.id', names)).toBe('a');
    expect(evalHcl('o.map["k-1"]', names)).toBe('v');
    expect(evalHcl('o.list["1"].id', names)).toBe('b');
  });
});

describe('HCL splats', () => {
  const names = {
    list: [
      { id: 'a', tags: { n: 1 } },
      { id: 'b', tags: { n: 2 } },
    ],
    single: { id: 'c' },
    nothing: null,
  };

  it('applies the traversal after [*] to every element', () => {
    expect(evalHcl('list[*].id', names)).toEqual(['a', 'b']);
    expect(evalHcl('list[*].tags.n', names)).toEqual([1, 2]);
  });

  it('applies only attribute steps after .* and indexes the result', () => {
    expect(evalHcl('list.*.id', names)).toEqual(['a', 'b']);
    expect(evalHcl('list.*.id[1]', names)).toBe('b');
    const nested = { list: [{ ids: ['p', 'q'] }, { ids: ['r', 's'] }] };
    expect(evalHcl('list[*].ids[1]', nested)).toEqual(['q', 's']);
    expect(evalHcl('list.*.ids[1]', nested)).toEqual(['r', 's']);
  });

  it('turns a non-list into a one-element list and null into an empty list', () => {
    expect(evalHcl('single[*].id', names)).toEqual(['c']);
    expect(evalHcl('nothing[*].id', names)).toEqual([]);
  });
});

describe('HCL for expressions', () => {
  it('maps lists and objects into tuples, with a condition', () => {
    expect(evalHcl('[for s in list : upper(s) if s != ""]', { list: ['a', '', 'b'] })).toEqual(['A', 'B']);
    expect(evalHcl('[for i, s in list : "${i}=${s}"]', { list: ['a', 'b'] })).toEqual(['0=a', '1=b']);
    expect(evalHcl('[for k, v in map : "${k}:${v}"]', { map: { b: 2, a: 1 } })).toEqual(['a:1', 'b:2']);
  });

  it('builds objects, grouping values of equal keys with ...', () => {
    expect(evalHcl('{for s in list : s => length(s)}', { list: ['aa', 'b'] })).toEqual({ aa: 2, b: 1 });
    expect(
      evalHcl('{for p in people : p.team => p.name...}', {
        people: [
          { team: 'x', name: 'ann' },
          { team: 'y', name: 'bob' },
          { team: 'x', name: 'cid' },
        ],
      }),
    ).toEqual({ x: ['ann', 'cid'], y: ['bob'] });
  });

  it('reads a for expression spread over several lines', () => {
    expect(evalHcl('{\n  for k, v in m :\n  k => v * 2\n  if v > 1\n}', { m: { a: 1, b: 2 } })).toEqual({
      b: 4,
    });
  });

  it('fails on duplicate keys without grouping and is unknown over an unknown collection', () => {
    expect(() => evalHcl('{for s in list : "k" => s}', { list: ['a', 'b'] })).toThrow(/duplicate key/);
    expect(evalHcl('[for s in x : s]', {}, ['x'])).toEqual({ unknown: 'x' });
  });
});

describe('HCL function calls', () => {
  it('expands a final list argument with ...', () => {
    expect(evalHcl('max(list...)', { list: [3, 9, 4] })).toBe(9);
    expect(evalHcl('format("%s-%s", parts...)', { parts: ['a', 'b'] })).toBe('a-b');
    expect(evalHcl('concat([1], more...)', { more: [[2], [3]] })).toEqual([1, 2, 3]);
  });

  it('accepts provider-namespaced names in the syntax', () => {
    expect(expressionOf('provider::aws::arn_parse(x)')).toMatchObject({
      type: 'call',
      name: 'provider::aws::arn_parse',
    });
    expect(evalHcl('core::upper("a")')).toBe('A');
  });
});
