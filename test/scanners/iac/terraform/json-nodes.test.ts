import { parsePlainJson, placeTree } from '../../../../src/scanners/iac/model/json-nodes';
import type { ModelNode } from '../../../../src/scanners/iac/model/node';
import { parseYaml } from '../../../../src/scanners/iac/parsers/yaml';

/** The tree the YAML reader gives, which the plain-JSON reader must reproduce exactly. */
function viaYaml(text: string): unknown {
  const parsed = parseYaml(text);
  expect(parsed.errors).toEqual([]);
  return parsed.documents[0]?.root;
}

describe('plain JSON reader', () => {
  it.each([
    [
      'a policy laid out over lines',
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": ["s3:GetObject", "s3:ListBucket"],\n      "Resource": "*"\n    }\n  ]\n}\n',
    ],
    [
      'compact output of jsonencode',
      '{"Statement":[{"Action":"*","Effect":"Deny","Resource":"*"}],"Version":"2012-10-17"}',
    ],
    [
      'keys at the first column and Windows line ends',
      '{\r\n"a": [1, 2.5, -3],\r\n"b": {"c": null, "d": true, "e": false}\r\n}\r\n',
    ],
    [
      'escapes and text beyond ASCII',
      '{"path": "a\\/b", "quote": "say \\"hi\\"", "tab": "x\\ty", "name": "Zoë \\u00e9"}',
    ],
    ['empty collections and a repeated key', '{"a": {}, "b": [], "a": 2}'],
    ['a top-level list', '[{"k": "v"}, [], "s"]'],
  ])('reads %s with the same values and ranges as the YAML reader', (_name, text) => {
    const fast = parsePlainJson(text);
    expect(fast).toBeDefined();
    expect(fast).toEqual(viaYaml(text));
  });

  it('keeps each element on its own line and column', () => {
    const root = parsePlainJson('{\n  "Effect": "Allow",\n  "Action": ["a", "b"]\n}');
    expect(root?.kind).toBe('map');
    const action = root?.kind === 'map' ? root.entries.get('Action') : undefined;
    expect(action?.keyRange).toEqual({ startLine: 3, startColumn: 3, endLine: 3, endColumn: 11 });
    expect(action?.kind === 'list' ? action.items[1]?.range : undefined).toEqual({
      startLine: 3,
      startColumn: 19,
      endLine: 3,
      endColumn: 22,
    });
  });

  it("moves every range down by a shift, as for a heredoc whose lines are the file's", () => {
    const text = '{\n  "Effect": "Allow",\n  "Action": ["a", "b"]\n}';
    const asText = (node: unknown): string =>
      JSON.stringify(node, (_key, value: unknown) =>
        value instanceof Map ? Object.fromEntries(value) : value,
      );
    const tenLinesDown: unknown = JSON.parse(asText(parsePlainJson(text)), (key, value: unknown) =>
      key === 'startLine' || key === 'endLine' ? (value as number) + 10 : value,
    );
    const moved = parsePlainJson(text, { shift: 10 });
    expect(JSON.parse(asText(moved))).toEqual(tenLinesDown);
    const action = moved?.kind === 'map' ? moved.entries.get('Action') : undefined;
    expect(action?.keyRange).toEqual({ startLine: 13, startColumn: 3, endLine: 13, endColumn: 11 });
  });

  it('puts every node and key at one place, as for a string written on one line', () => {
    const range = { startLine: 7, startColumn: 12, endLine: 7, endColumn: 80 };
    const keyRange = { startLine: 7, startColumn: 3, endLine: 7, endColumn: 9 };
    const root = parsePlainJson('{"Statement": [{"Effect": "Allow", "Action": ["a"]}]}', { range, keyRange });
    const ranges: unknown[] = [];
    const keyRanges: unknown[] = [];
    const visit = (node: ModelNode): void => {
      ranges.push(node.range);
      if (node.keyRange) keyRanges.push(node.keyRange);
      if (node.kind === 'map') node.entries.forEach(visit);
      if (node.kind === 'list') node.items.forEach(visit);
    };
    visit(root!);
    expect(ranges).toHaveLength(6);
    expect(new Set(ranges)).toEqual(new Set([range]));
    expect(keyRanges).toHaveLength(3);
    expect(new Set(keyRanges)).toEqual(new Set([keyRange]));
    expect(root?.keyRange).toBeUndefined();
  });

  it.each([
    ['a trailing comma', '{"a": 1,}'],
    ['a tab in the layout', '{\n\t"a": 1\n}'],
    ['a number YAML might read differently', '{"a": 1e400}'],
    ['a long number', '{"a": 12345678901234567890}'],
    ['a line break between key and value', '{"a":\n 1}'],
    ['a comment', '{"a": 1} # note'],
    ['YAML flow syntax', '{a: 1}'],
    ['a merge key', '{"<<": {"a": 1}}'],
    ['nothing', ''],
    ['broken JSON', '{"a": '],
  ])('leaves %s to the YAML reader', (_name, text) => {
    expect(parsePlainJson(text)).toBeUndefined();
  });

  it('gives up on deep nesting instead of recursing without bound', () => {
    expect(parsePlainJson('['.repeat(5000) + ']'.repeat(5000))).toBeUndefined();
  });
});

describe('placing a tree another reader gave', () => {
  const LIMIT = { maxDepth: 64, reason: 'nested too deeply' };

  it('moves its ranges down by a shift, or puts every node and key at one place', () => {
    // A tab in the layout: not plain JSON, so the YAML reader reads it.
    const text = '{\n\t"Effect": "Allow"\n}';
    const root = viaYaml(text) as ModelNode;
    const effect = (node: ModelNode): ModelNode => (node.kind === 'map' ? node.entries.get('Effect')! : node);
    const original = effect(root);
    const moved = effect(placeTree(root, { shift: 10 }, LIMIT));
    expect(moved.range).toEqual({
      ...original.range,
      startLine: original.range.startLine + 10,
      endLine: original.range.endLine + 10,
    });
    expect(moved.keyRange?.startLine).toBe(original.keyRange!.startLine + 10);
    const range = { startLine: 4, startColumn: 3, endLine: 4, endColumn: 30 };
    const keyRange = { startLine: 4, startColumn: 3, endLine: 4, endColumn: 9 };
    const collapsed = placeTree(root, { range, keyRange }, LIMIT);
    expect(collapsed.range).toBe(range);
    expect(effect(collapsed).range).toBe(range);
    expect(effect(collapsed).keyRange).toBe(keyRange);
    expect(collapsed.keyRange).toBeUndefined();
  });

  it('turns what lies deeper than the limit into an unknown node', () => {
    const root = viaYaml('[[[[1]]]]') as ModelNode;
    const placed = placeTree(root, { shift: 0 }, { maxDepth: 2, reason: 'too deep here' });
    const first = (node: ModelNode | undefined) => (node?.kind === 'list' ? node.items[0] : undefined);
    expect(first(first(placed))?.kind).toBe('list');
    expect(first(first(first(placed)))).toMatchObject({ kind: 'unknown', reason: 'too deep here' });
  });
});
