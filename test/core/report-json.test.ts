import { UserError } from '../../src/core/errors';
import { parseReportJson, renderJson, REPORT_SCHEMA } from '../../src/core/report-json';
import { mixedReport, PRIVILEGED_MANIFEST, scanFiles } from './reporters/sample-report';

type Json = Record<string, unknown>;

function documentOf(report = mixedReport()): Json {
  return JSON.parse(renderJson(report)) as Json;
}

function findingsOf(document: Json): Json[] {
  return document.findings as Json[];
}

function rejection(text: string, options: { maxBytes?: number; source?: string } = {}): UserError {
  try {
    parseReportJson(text, { source: 'artifact shard-2/report.json', ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('the report was accepted');
}

function rejectionOf(mutate: (document: Json) => void): string {
  const document = documentOf();
  mutate(document);
  return rejection(JSON.stringify(document)).message;
}

describe('renderJson and parseReportJson', () => {
  it('round-trips a report with every kind of finding', () => {
    const report = mixedReport();
    const text = renderJson(report);
    expect((JSON.parse(text) as Json).schema).toBe(REPORT_SCHEMA);
    expect(parseReportJson(text)).toEqual(report);
  });

  it('round-trips a real scan', () => {
    const report = scanFiles({ 'deploy/web.yaml': PRIVILEGED_MANIFEST });
    expect(report.findings.length).toBeGreaterThan(0);
    expect(parseReportJson(renderJson(report))).toEqual(report);
  });

  it('names the source and the JSON path of a value of the wrong type', () => {
    const message = rejectionOf((document) => (findingsOf(document)[2]!.message = 42));
    expect(message).toContain('artifact shard-2/report.json');
    expect(message).toContain('$.findings[2].message');
    expect(message).toContain('expected a string, got the number 42');
  });

  it.each([
    [
      'an unknown severity',
      (d: Json) => (findingsOf(d)[0]!.severity = 'urgent'),
      '$.findings[0].severity: expected one of critical',
    ],
    ['an unknown scanner', (d: Json) => ((d.scanners as string[])[0] = 'sast'), '$.scanners[0]'],
    [
      'an unknown location kind',
      (d: Json) => ((findingsOf(d)[1]!.location as Json).kind = 'url'),
      '$.findings[1].location.kind',
    ],
    [
      'an unknown framework',
      (d: Json) => (((d.rules as Json[])[0]!.compliance as Json)['iso-27001'] = ['A.1']),
      '"iso-27001"',
    ],
    [
      'a missing field',
      (d: Json) => delete findingsOf(d)[0]!.fingerprint,
      '$.findings[0].fingerprint: is missing',
    ],
    [
      'an absolute path',
      (d: Json) => ((findingsOf(d)[0]!.location as Json).path = '/etc/passwd'),
      'relative path',
    ],
    [
      'a path leaving the root',
      (d: Json) => ((findingsOf(d)[0]!.location as Json).path = 'a/../../b.yaml'),
      'relative path',
    ],
    [
      'a backwards range',
      (d: Json) => (((findingsOf(d)[0]!.location as Json).range as Json).endLine = 0),
      'endLine',
    ],
    [
      'a fractional line',
      (d: Json) => (((findingsOf(d)[0]!.location as Json).range as Json).startLine = 1.5),
      'expected an integer',
    ],
    [
      'a fingerprint that could close an HTML comment',
      (d: Json) => (findingsOf(d)[0]!.fingerprint = 'abc-->'),
      'expected form',
    ],
    [
      'a javascript: link',
      (d: Json) => ((d.rules as Json[])[0]!.links = ['javascript:alert(1)']),
      'http(s) URL',
    ],
    [
      'control characters in a resource',
      (d: Json) => (findingsOf(d)[0]!.resource = 'a\u001b[2Jb'),
      'control characters',
    ],
    [
      'an object where an array belongs',
      (d: Json) => (d.findings = { 0: {} }),
      '$.findings: expected an array',
    ],
    [
      'a scanner the finding list does not declare',
      (d: Json) => (d.scanners = ['iac']),
      'is not listed in $.scanners',
    ],
    ['another schema version', (d: Json) => (d.schema = 'cloudgate.report/v2'), 'reads cloudgate.report/v1'],
    [
      'a nested property object',
      (d: Json) => (findingsOf(d)[0]!.properties = { nested: { a: 1 } }),
      'expected a string',
    ],
  ])('rejects %s', (_name, mutate, expected) => {
    expect(rejectionOf(mutate)).toContain(expected);
  });

  it('rejects huge strings without echoing them', () => {
    const huge = 'A'.repeat(50_000);
    const message = rejectionOf((document) => (findingsOf(document)[0]!.message = huge));
    expect(message).toContain('is 50000 characters long; at most 10000');
    expect(message.length).toBeLessThan(1_000);
  });

  it('rejects input over the size cap before parsing it', () => {
    const text = renderJson(mixedReport());
    const error = rejection(text, { maxBytes: 1_000 });
    expect(error.message).toContain('larger than 1000 bytes');
    // Multi-byte characters count as bytes, not characters.
    expect(rejection(`"${'é'.repeat(600)}"`, { maxBytes: 1_000 }).message).toContain(
      'larger than 1000 bytes',
    );
  });

  it('rejects text that is not JSON, and JSON that is not an object', () => {
    expect(rejection('{"schema": ').message).toContain('is not valid JSON');
    expect(rejection('[]').message).toContain('$: expected an object, got an array');
  });

  it('refuses prototype pollution keys anywhere and leaves Object.prototype alone', () => {
    const text = renderJson(mixedReport());
    const top = text.replace('"schema":', '"__proto__": { "polluted": true }, "schema":');
    expect(rejection(top).message).toContain('$.__proto__: this key is not allowed');
    const nested = text.replace('"properties": {', '"properties": { "__proto__": { "polluted": true },');
    expect(nested).not.toBe(text);
    expect(rejection(nested).message).toMatch(
      /\$\.findings\[\d+\]\.properties\.__proto__: this key is not allowed/,
    );
    const constructorKey = text.replace(
      '"tool": {',
      '"tool": { "constructor": { "prototype": { "polluted": true } },',
    );
    expect(rejection(constructorKey).message).toContain('$.tool.constructor');
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('ignores unknown keys and does not copy them', () => {
    const original = mixedReport();
    const document = documentOf(original);
    document.extra = 'added by a newer minor version';
    findingsOf(document)[0]!.note = 'unknown';
    const report = parseReportJson(JSON.stringify(document));
    expect(report).toEqual(original);
    expect(Object.keys(report)).not.toContain('extra');
    expect(Object.keys(report.findings[0]!)).not.toContain('note');
  });

  it('hints at the schema documentation in the error', () => {
    const error = rejection('{}');
    expect(error.describe()).toContain('docs/report-schema.md');
    expect(error.message).toContain('$.schema: is missing');
  });
});
