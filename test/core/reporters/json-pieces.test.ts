import { runInNewContext } from 'node:vm';
import { emitPrettyJson, prettyJsonPieces } from '../../../src/core/reporters/json-pieces';
import { toSarif } from '../../../src/core/reporters/sarif';
import { emitReportSarif, sarifText } from '../../../src/core/reporters/sarif-text';
import { mixedReport } from './sample-report';

const VALUES: [string, unknown][] = [
  ['a scalar', 'plain'],
  ['null', null],
  ['empty containers', { list: [], object: {}, nested: [[], {}] }],
  [
    'nested objects and arrays',
    { a: 1, b: [true, false, { c: 'x', d: [1, 2, [3]] }], e: { f: { g: { h: ['deep'] } } } },
  ],
  ['keys with no JSON form', { kept: 1, gone: undefined, fn: () => 1, also: 'kept' }],
  ['an object whose keys all have no JSON form', { only: { gone: undefined } }],
  ['array holes of undefined', { list: [undefined, 1, () => 2] }],
  ['values with toJSON', { when: new Date(Date.UTC(2025, 4, 10)), inner: [{ toJSON: () => 'custom' }] }],
  ['text needing escapes and non-ASCII', { 'key "quoted"': 'line\nbreak — \u2028 \ud83d\ude00 \\ "q"' }],
  ['integer-like keys, which JSON orders first', { b: 1, 2: 'two', a: 3, 1: 'one' }],
  ['an array at the top', [{ a: [1, { b: 2 }] }, [], 'x']],
];

describe('prettyJsonPieces', () => {
  it.each(VALUES)(
    'joins to exactly what JSON.stringify writes for %s, at every split depth',
    (_name, value) => {
      const expected = JSON.stringify(value, null, 2);
      for (const depth of [0, 1, 2, 3, 4, 6]) expect(prettyJsonPieces(value, depth).join('')).toBe(expected);
    },
  );

  it('keeps a run of ASCII results apart from a non-ASCII rule description', () => {
    const log = {
      runs: [{ tool: { description: 'long — dash' }, results: [{ text: 'plain ascii' }, { text: 'more' }] }],
    };
    const pieces = prettyJsonPieces(log, 3);
    expect(pieces.join('')).toBe(JSON.stringify(log, null, 2));
    const results = pieces.find((piece) => piece.includes('plain ascii'))!;
    expect(results).not.toContain('—');
    expect(results.startsWith('[')).toBe(true);
  });

  it('writes a real SARIF log as JSON.stringify does', () => {
    const log = toSarif(mixedReport());
    expect(prettyJsonPieces(log, 3).join('')).toBe(JSON.stringify(log, null, 2));
  });

  it('writes the arrays it is told to with one compact item per line, and the rest indented', () => {
    const log = {
      runs: [{ tool: { name: 'x' }, results: [{ a: 1, b: [2, 'é'] }, { fn: () => 1 }, undefined] }],
    };
    const text = prettyJsonPieces(log, { splitDepth: 3, oneItemPerLine: new Set(['results']) }).join('');
    expect(text).toBe(
      [
        '{',
        '  "runs": [',
        '    {',
        '      "tool": {',
        '        "name": "x"',
        '      },',
        '      "results": [',
        '        {"a":1,"b":[2,"é"]},',
        '        {},',
        '        null',
        '      ]',
        '    }',
        '  ]',
        '}',
      ].join('\n'),
    );
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(log)));
  });

  it('leaves an empty array under such a key as JSON.stringify writes it', () => {
    const log = { runs: [{ results: [] }] };
    const text = prettyJsonPieces(log, { splitDepth: 3, oneItemPerLine: new Set(['results']) }).join('');
    expect(text).toBe(JSON.stringify(log, null, 2));
  });

  it('writes items made on write in place of their empty array, each made only when its line is written', () => {
    const placeholder: unknown[] = [];
    const empty: unknown[] = [];
    const written: string[] = [];
    const made: number[] = [];
    function* items(): Iterable<unknown> {
      for (const n of [1, 2, 3]) {
        // Each item is made after the one before has been handed to the writer.
        made.push(written.length);
        yield { n, fn: () => n };
      }
    }
    const log = { runs: [{ results: placeholder }, { results: empty }, { results: [{ kept: true }] }] };
    const layout = {
      splitDepth: 3,
      oneItemPerLine: new Set(['results']),
      madeOnWrite: new Map([
        [placeholder, items],
        [empty, () => []],
      ]),
    };
    emitPrettyJson(log, layout, (piece) => void written.push(piece));
    const text = written.join('');
    const eager = {
      runs: [{ results: [{ n: 1 }, { n: 2 }, { n: 3 }] }, { results: [] }, { results: [{ kept: true }] }],
    };
    expect(text).toBe(
      prettyJsonPieces(eager, { splitDepth: 3, oneItemPerLine: new Set(['results']) }).join(''),
    );
    expect(made).toEqual([made[0], made[0]! + 2, made[0]! + 4]);
    expect(placeholder).toEqual([]);
  });

  it('writes a report as SARIF with results made on write, byte for byte the text of the whole log', () => {
    const report = mixedReport();
    const pieces: string[] = [];
    emitReportSarif(report, { category: 'ci' }, (piece) => void pieces.push(piece));
    expect(pieces.join('')).toBe(sarifText(toSarif(report, { category: 'ci' })));
    expect(toSarif(report).runs.flatMap((run) => run.results)).toHaveLength(report.findings.length);
  });

  it('lays out objects made in another realm, as structuredClone in a test sandbox makes them', () => {
    const foreign = runInNewContext(
      '({ runs: [{ tool: { name: "x" }, results: [{ a: 1 }, { b: [2] }] }] })',
    ) as {
      runs: unknown[];
    };
    const layout = { splitDepth: 3, oneItemPerLine: new Set(['results']) };
    const local = JSON.parse(JSON.stringify(foreign)) as unknown;
    expect(prettyJsonPieces(foreign, layout).join('')).toBe(prettyJsonPieces(local, layout).join(''));
    expect(prettyJsonPieces(foreign, layout).join('')).toContain('\n        {"a":1},\n        {"b":[2]}\n');
  });
});
