import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyFilters } from '../../src/core/apply-filters';
import {
  BASELINE_SCHEMA,
  createBaseline,
  readBaseline,
  serialiseBaseline,
  writeBaseline,
  type Baseline,
} from '../../src/core/baseline';
import { defaultConfig } from '../../src/core/config';
import { UserError } from '../../src/core/errors';
import type { Finding } from '../../src/core/finding';
import { emptyReport, type Report } from '../../src/core/report';
import privilegedContainer from '../../src/scanners/iac/rules/kubernetes/privileged-container/rule';
import { scanIac } from '../../src/scanners/iac/scan-iac';

const scan = (root: string) => scanIac({ root, rules: [privilegedContainer] }).report;

const PRIVILEGED = (name: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: shop
spec:
  containers:
    - name: app
      image: registry.example.com/app@sha256:${'a'.repeat(64)}
      securityContext:
        privileged: true
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cloudgate-baseline-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function finding(fingerprint: string, file: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'k8s-privileged-container',
    scanner: 'iac',
    severity: 'critical',
    message: 'runs privileged',
    location: { kind: 'file', path: file, range: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 5 } },
    resource: `Pod/shop/${fingerprint}`,
    fingerprint,
    ...extra,
  };
}

function reportOf(findings: Finding[]): Report {
  return { ...emptyReport(['iac']), findings };
}

describe('createBaseline', () => {
  it('lists the counting findings sorted by path, rule and resource, leaving out other suppressions', () => {
    const report = reportOf([
      finding('f3', 'b.yaml'),
      finding('f1', 'a.yaml', { resource: 'Pod/shop/z' }),
      finding('f2', 'a.yaml', { resource: 'Pod/shop/a' }),
      finding('f4', 'a.yaml', { suppression: { kind: 'inline', reason: 'lab' } }),
      finding('f5', 'c.yaml', { suppression: { kind: 'baseline', reason: 'old' } }),
      {
        ...finding('f6', ''),
        location: { kind: 'cloud', provider: 'aws', account: '1', resourceId: 'arn:aws:s3:::logs' },
        resource: 'arn:aws:s3:::logs',
      },
    ]);
    const baseline = createBaseline(report, new Date('2025-03-04T10:00:00Z'));
    expect(baseline).toEqual<Baseline>({
      schema: BASELINE_SCHEMA,
      generated: '2025-03-04',
      findings: [
        { fingerprint: 'f6', rule: 'k8s-privileged-container', resource: 'arn:aws:s3:::logs' },
        { fingerprint: 'f2', rule: 'k8s-privileged-container', path: 'a.yaml', resource: 'Pod/shop/a' },
        { fingerprint: 'f1', rule: 'k8s-privileged-container', path: 'a.yaml', resource: 'Pod/shop/z' },
        { fingerprint: 'f3', rule: 'k8s-privileged-container', path: 'b.yaml', resource: 'Pod/shop/f3' },
        { fingerprint: 'f5', rule: 'k8s-privileged-container', path: 'c.yaml', resource: 'Pod/shop/f5' },
      ],
    });
  });
});

describe('writeBaseline and readBaseline', () => {
  it('gives a byte-identical file when re-run on the same tree, even on a later day', () => {
    const tree = path.join(dir, 'tree');
    mkdirSync(tree);
    writeFileSync(path.join(tree, 'web.yaml'), PRIVILEGED('web'));
    writeFileSync(path.join(tree, 'api.yaml'), PRIVILEGED('api') + '---\n' + PRIVILEGED('worker'));
    const file = path.join(dir, 'baseline.json');
    const first = createBaseline(scan(tree), new Date('2025-01-01T00:00:00Z'));
    expect(first.findings).toHaveLength(3);
    expect(writeBaseline(file, first)).toBe(true);
    const bytes = readFileSync(file);
    const written = statSync(file).mtimeMs;

    const second = createBaseline(scan(tree), new Date('2025-06-30T00:00:00Z'));
    expect(writeBaseline(file, second)).toBe(false);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(written);

    writeFileSync(path.join(tree, 'extra.yaml'), PRIVILEGED('extra'));
    const third = createBaseline(scan(tree), new Date('2025-06-30T00:00:00Z'));
    expect(writeBaseline(file, third)).toBe(true);
    expect(readBaseline(file)).toEqual(third);
    expect(readFileSync(file, 'utf8')).toMatch(
      /^\{\n {2}"schema": "cloudgate\.baseline\/v1",\n {2}"generated": "2025-06-30",/,
    );
  });

  it('round-trips through the JSON format', () => {
    const baseline: Baseline = {
      schema: BASELINE_SCHEMA,
      generated: '2025-02-01',
      findings: [
        { fingerprint: 'abc', rule: 'k8s-privileged-container', path: 'a.yaml', resource: 'Pod/shop/a' },
      ],
    };
    const file = path.join(dir, 'nested', 'baseline.json');
    writeBaseline(file, baseline);
    expect(readFileSync(file, 'utf8')).toBe(serialiseBaseline(baseline));
    expect(readBaseline(file)).toEqual(baseline);
  });

  it.each([
    ['a missing file', undefined, /does not exist/, /cloudgate baseline/],
    ['invalid JSON', '{"schema": ', /is not valid JSON/, /Regenerate it/],
    [
      'another schema',
      '{"schema": "other/v9", "findings": []}',
      /it has "other\/v9", expected "cloudgate\.baseline\/v1"/,
      /Regenerate/,
    ],
    ['a list', '[]', /it has no schema/, /Regenerate/],
    [
      'findings not a list',
      `{"schema": "${BASELINE_SCHEMA}", "findings": {}}`,
      /"findings" must be a list/,
      /Regenerate/,
    ],
    [
      'an entry without fingerprint',
      `{"schema": "${BASELINE_SCHEMA}", "findings": [{"rule": "x", "resource": "y"}]}`,
      /findings\[0\] has no fingerprint/,
      /Regenerate/,
    ],
  ])('refuses %s with a UserError that says what to do', (_name, text, message, hint) => {
    const file = path.join(dir, 'baseline.json');
    if (text !== undefined) writeFileSync(file, text);
    let caught: unknown;
    try {
      readBaseline(file);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).message).toMatch(message);
    expect((caught as UserError).hint).toMatch(hint);
  });
});

describe('applyFilters with a baseline', () => {
  it('marks accepted findings as baseline-suppressed and keeps new ones counting', () => {
    const tree = path.join(dir, 'tree');
    mkdirSync(tree);
    writeFileSync(path.join(tree, 'web.yaml'), PRIVILEGED('web'));
    const baseline = createBaseline(scan(tree), new Date('2025-01-01T00:00:00Z'));

    // Unrelated lines move above the accepted finding; a new problem appears.
    writeFileSync(path.join(tree, 'web.yaml'), `# moved down by a comment\n${PRIVILEGED('web')}`);
    writeFileSync(path.join(tree, 'new.yaml'), PRIVILEGED('new'));
    const scanned = scan(tree);
    const filtered = applyFilters(scanned, {
      config: defaultConfig(),
      baseline,
      today: new Date('2025-02-01T00:00:00Z'),
      baselineSource: '.cloudgate-baseline.json',
    });
    const byResource = Object.fromEntries(filtered.findings.map((item) => [item.resource, item.suppression]));
    expect(byResource).toEqual({
      'Pod/shop/new': undefined,
      'Pod/shop/web': {
        kind: 'baseline',
        reason: 'accepted in the baseline of 2025-01-01',
        source: '.cloudgate-baseline.json',
      },
    });
    expect(scanned.findings.every((item) => item.suppression === undefined)).toBe(true);
  });
});
