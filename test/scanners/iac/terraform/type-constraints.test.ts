import { parseHcl } from '../../../../src/scanners/iac/parsers/hcl/parser';
import { convertToType, parseType } from '../../../../src/scanners/iac/formats/terraform/type-constraints';
import { freshBudget, ObjectValue, type Value } from '../../../../src/scanners/iac/formats/terraform/values';

/** The type constraint written as `type = ...` in a variable block. */
function typeOf(text: string) {
  const expr = parseHcl(`type = ${text}\n`).body.attributes[0]!.expr;
  return parseType(expr);
}

/** Defaults here are literals: their value, without an evaluator. */
function convert(value: Value, type: string): Value {
  return convertToType(
    value,
    typeOf(type),
    (expr) => (expr.type === 'literal' ? (expr.value as Value) : null),
    freshBudget(),
  );
}

function object(entries: [string, Value][], computedPrefix?: string): ObjectValue {
  return new ObjectValue(new Map(entries), computedPrefix);
}

describe('Terraform type conversion', () => {
  it('converts list and tuple items to their types, leaving the value given as it was', () => {
    const strings = ['a', 'b'];
    expect(convert(strings, 'list(string)')).toEqual(['a', 'b']);
    const mixed = ['a', 1, true];
    const converted = convert(mixed, 'list(string)');
    expect(converted).toEqual(['a', '1', 'true']);
    expect(mixed).toEqual(['a', 1, true]);
    const tuple = ['1', 'x'];
    expect(convert(tuple, 'tuple([number, string])')).toEqual([1, 'x']);
    expect(convert(['x', 'y'], 'tuple([string, string])')).toEqual(['x', 'y']);
  });

  it('converts map values in their order, leaving the value given as it was', () => {
    const numbers = object([
      ['a', 1],
      ['b', 2],
    ]);
    expect([...(convert(numbers, 'map(number)') as ObjectValue).map]).toEqual([...numbers.map]);
    const someText = object([
      ['a', 1],
      ['b', '2'],
      ['c', 3],
    ]);
    const converted = convert(someText, 'map(number)') as ObjectValue;
    expect([...converted.map]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    expect(someText.map.get('b')).toBe('2');
  });

  it('makes an object of exactly the type: its attributes in order, defaults added, others left out', () => {
    const type = 'object({ name = string, versioning = optional(bool, true) })';
    const exact = object([
      ['name', 'logs'],
      ['versioning', false],
    ]);
    expect([...(convert(exact, type) as ObjectValue).map]).toEqual([...exact.map]);
    const reordered = convert(
      object([
        ['versioning', false],
        ['name', 'logs'],
      ]),
      type,
    ) as ObjectValue;
    expect([...reordered.map]).toEqual([
      ['name', 'logs'],
      ['versioning', false],
    ]);
    const withDefault = convert(object([['name', 'logs']]), type) as ObjectValue;
    expect([...withDefault.map]).toEqual([
      ['name', 'logs'],
      ['versioning', true],
    ]);
    const extra = convert(
      object([
        ['name', 'logs'],
        ['versioning', 'false'],
        ['owner', 'team'],
      ]),
      type,
    ) as ObjectValue;
    expect([...extra.map]).toEqual([
      ['name', 'logs'],
      ['versioning', false],
    ]);
    const converted = convert(
      object([
        ['name', 7],
        ['versioning', true],
      ]),
      type,
    ) as ObjectValue;
    expect([...converted.map]).toEqual([
      ['name', '7'],
      ['versioning', true],
    ]);
  });

  it("drops a resource instance's computed attributes when its value becomes a map or an object", () => {
    const instance = object([['bucket', 'logs']], 'aws_s3_bucket.b');
    expect(instance.get('arn')).toEqual(expect.objectContaining({ reason: 'aws_s3_bucket.b.arn' }));
    for (const type of ['map(string)', 'object({ bucket = string })']) {
      const converted = convert(instance, type) as ObjectValue;
      expect(converted.computedPrefix).toBeUndefined();
      expect(converted.get('arn')).toBeUndefined();
      expect(converted.get('bucket')).toBe('logs');
    }
  });
});
