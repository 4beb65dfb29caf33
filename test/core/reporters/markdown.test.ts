import { evaluateGate } from '../../../src/core/gate';
import { lineRange } from '../../../src/core/location';
import { emptyReport, type Report } from '../../../src/core/report';
import { renderMarkdown } from '../../../src/core/reporters/markdown';
import { escapeMarkdown, safeLinkUrl } from '../../../src/core/reporters/markdown-escape';
import { SEVERITIES } from '../../../src/core/severity';
import { parseReportJson, renderJson } from '../../../src/core/report-json';
import { auditRule, finding, mixedReport } from './sample-report';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '@octocat and @github/security',
  'a | b | c',
  '`code` and ```fence```',
  '[click](javascript:alert(1))',
  '![pixel](https://evil.example/p.png)',
  '<!-- hidden',
  'closes --> here',
  '\n# Heading\n- item',
  '**bold** _em_ ~~strike~~ $x^2$',
  'see #123 and https://evil.example',
  'right-to-left \u202e override',
].join(' ');

function hostileReport(): Report {
  const report = emptyReport(['iac', 'audit']);
  report.tool = { name: 'cloudgate', version: '0.1.0' };
  report.findings = [
    finding({
      fingerprint: 'h1',
      message: HOSTILE,
      resource: HOSTILE,
      location: { kind: 'file', path: `x/${HOSTILE}.yaml`, range: lineRange(4) },
    }),
    finding({
      fingerprint: 'h2',
      ruleId: auditRule.id,
      scanner: 'audit',
      severity: 'high',
      message: HOSTILE,
      resource: 'r',
      location: { kind: 'cloud', provider: 'aws', account: '1 | 2', resourceId: HOSTILE },
    }),
  ];
  report.rules = [{ ...auditRule, links: ['javascript:alert(1)'], compliance: { 'soc2-2017': [HOSTILE] } }];
  report.notices = [{ kind: 'parse-error', path: `n/${HOSTILE}`, line: 3, message: HOSTILE }];
  return report;
}

function tableRows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('| '));
}

describe('renderMarkdown', () => {
  const report = mixedReport();

  it('shows the verdict, the counts, findings by severity, compliance, notices and suppressed counts', () => {
    const gate = evaluateGate(report, { failOn: 'high' });
    const text = renderMarkdown(report, { gate, title: 'IaC scan' });
    expect(text).toMatch(/^## IaC scan\n/);
    expect(text).toContain(`**❌ Gate failed:** ${gate.blocking.length} findings at or above high`);
    const active = report.findings.filter((item) => !item.suppression);
    const counts = SEVERITIES.map((severity) => active.filter((item) => item.severity === severity).length);
    expect(text).toContain(`| ${counts.join(' | ')} | 2 |`);
    const critical = text.indexOf('#### 🔴 Critical');
    const high = text.indexOf('#### 🟠 High');
    expect(critical).toBeGreaterThan(0);
    expect(high).toBeGreaterThan(critical);
    expect(text).toContain('### Compliance');
    expect(text).toContain('CIS Kubernetes Benchmark v1&#46;9&#46;0:');
    expect(text).toContain('| 5&#46;2&#46;2 | Minimize the admission of privileged containers | 2 |');
    expect(text).toContain('### Notices (1)');
    expect(text).toContain('2 suppressed findings (1 by inline comments, 1 by the baseline)');
    expect(text).not.toContain('legacy app');
    expect((text.match(/⛔/g) ?? []).length).toBe(gate.blocking.length + 1);
    // The gate may have been evaluated on another copy of the report (read back from an artifact).
    const copy = renderMarkdown(parseReportJson(renderJson(report)), { gate });
    expect((copy.match(/⛔/g) ?? []).length).toBe(gate.blocking.length + 1);
  });

  it('links files to their lines when given the repository and ref', () => {
    const text = renderMarkdown(report, {
      repositoryUrl: 'https://github.com/shop/infra',
      ref: 'refs/pull/7/merge',
    });
    expect(text).toContain('(https://github.com/shop/infra/blob/refs/pull/7/merge/deploy/web.yaml#L17)');
    const unsafe = renderMarkdown(report, { repositoryUrl: 'javascript:alert(1)//', ref: 'main' });
    expect(unsafe).not.toContain('javascript');
    expect(unsafe).not.toContain('/blob/');
  });

  it('escapes every string from the report: no HTML, mentions, links, table breaks or new blocks', () => {
    const text = renderMarkdown(hostileReport(), { gate: evaluateGate(hostileReport(), { failOn: 'high' }) });
    expect(text).not.toMatch(/<img|<!--|-->|javascript:|\]\(|@octocat|@github|#123|\u202e|```|\*\*bold/);
    // Every row keeps the number of cells of its table: 6 for the counts, 4 for findings and compliance.
    const cells = tableRows(text).map((row) => row.split('|').length - 2);
    expect(cells.slice(0, 3)).toEqual([6, 6, 6]);
    expect(cells.slice(3).every((count) => count === 4)).toBe(true);
    expect(cells.length).toBeGreaterThan(8);
    // Untrusted text never starts a line, so it cannot open a heading or a list.
    expect(text.split('\n').some((line) => line.startsWith('# Heading') || line.startsWith('- item'))).toBe(
      false,
    );
    expect(text).toContain('&#64;&#8203;octocat');
  });

  it('keeps hostile text readable once rendered', () => {
    expect(escapeMarkdown('a <b> | @c')).toBe('a &#60;b&#62; &#124; &#64;&#8203;c');
    expect(escapeMarkdown('x'.repeat(600), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(safeLinkUrl('https://example.com/a(b)|c')).toBe('https://example.com/a%28b%29%7Cc');
    expect(safeLinkUrl('http://example.com')).toBeUndefined();
    expect(safeLinkUrl('https://user:pw@example.com')).toBeUndefined();
  });

  it('escapes every character of any text as a one-character-at-a-time reading would', () => {
    // The rules, character by character: the implementation works on the whole text, and must agree.
    const byCharacter = (text: string): string =>
      Array.from(text, (char) => {
        if ('&<>"\'`*_[](){}!|~\\$:+-.'.includes(char)) return `&#${char.charCodeAt(0)};`;
        if (char === '@' || char === '#') return `&#${char.charCodeAt(0)};&#8203;`;
        if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u.test(char)) return ' ';
        if (/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u.test(char)) return '';
        return char;
      }).join('');
    const alphabet = [
      ...'&<>"\'`*_[](){}!|~\\$:+-.@#^/=%,;?aZ9 ',
      '\n',
      '\t',
      '\u0000',
      '\u007f',
      '\u0085',
      '\u009f',
      '\u00a0',
      '\u2028',
      '\u2029',
      '\u200b',
      '\u200f',
      '\u202e',
      '\u2060',
      '\u2069',
      '\ufeff',
      '\ufffd',
      'é',
      '😀',
      '\ud800',
    ];
    // Park and Miller's generator: every product stays below 2^53, so the arithmetic is exact.
    let seed = 7;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647);
    for (let round = 0; round < 500; round++) {
      const text = Array.from({ length: next() % 40 }, () => alphabet[next() % alphabet.length]).join('');
      expect(escapeMarkdown(text, Infinity)).toBe(byCharacter(text));
    }
    expect(escapeMarkdown('plain text, nothing to escape 😀', Infinity)).toBe(
      'plain text, nothing to escape 😀',
    );
    // Cut by characters, not UTF-16 units: four emoji are eight units.
    expect(escapeMarkdown('😀😀😀😀', 4)).toBe('😀😀😀😀');
    expect(escapeMarkdown('😀😀😀😀😀', 4)).toBe('😀😀😀…');
  });

  it('groups more than 40 findings by rule and resource, with counts', () => {
    const big = emptyReport(['iac']);
    big.findings = Array.from({ length: 45 }, (_, index) =>
      finding({
        fingerprint: `g${index}`,
        resource: `Deployment/shop/web-${index % 3}`,
        location: { kind: 'file', path: `deploy/web-${index % 3}.yaml`, range: lineRange(10 + index) },
      }),
    );
    const text = renderMarkdown(big);
    expect(text).toContain('45 findings, grouped by rule and resource.');
    expect(text).toContain('| Rule | Resource | Findings | First location |');
    const rows = tableRows(text).filter((row) => row.includes('k8s&#45;privileged&#45;container'));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toContain(' | 15 | ');
  });

  it('folds long severity groups into <details>', () => {
    const many = emptyReport(['iac']);
    many.findings = Array.from({ length: 12 }, (_, index) =>
      finding({
        fingerprint: `d${index}`,
        location: { kind: 'file', path: 'a.yaml', range: lineRange(index + 1) },
      }),
    );
    const text = renderMarkdown(many);
    expect(text).toContain('<details><summary>Show 12 findings</summary>');
    expect(text.indexOf('</details>')).toBeGreaterThan(text.indexOf('<details>'));
  });

  it('stays under a tiny maxBytes and says how many findings were left out', () => {
    const gate = evaluateGate(report, { failOn: 'high' });
    const text = renderMarkdown(report, { gate, maxBytes: 1_500 });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1_500);
    const listed = tableRows(text).filter((row) => row.includes('<code>')).length;
    const active = report.findings.filter((item) => !item.suppression).length;
    expect(listed).toBeGreaterThan(0);
    expect(text).toContain(`the ${active - listed} least severe findings`);
    expect(text).toContain('left out');
    // The most severe stay.
    expect(text).toContain('#### 🔴 Critical');
    expect(text).not.toContain('#### 🔵 Low');
  });

  it('never exceeds maxBytes, even when not a single finding fits', () => {
    for (const maxBytes of [100, 300, 700]) {
      const text = renderMarkdown(report, { maxBytes });
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(maxBytes);
    }
    expect(renderMarkdown(report, { maxBytes: 700 })).toContain('left out');
  });

  it('keeps a large report under the default 1,000,000 bytes', () => {
    const huge = emptyReport(['iac']);
    huge.findings = Array.from({ length: 20_000 }, (_, index) =>
      finding({
        fingerprint: `big${index}`,
        ruleId: `k8s-rule-${index % 50}`,
        severity: SEVERITIES[index % 5]!,
        resource: `Deployment/ns/app-${index}`,
        message: `message ${index} `.repeat(20),
        location: { kind: 'file', path: `apps/app-${index}/deploy.yaml`, range: lineRange(5) },
      }),
    );
    const text = renderMarkdown(huge);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1_000_000);
    expect(text).toMatch(/the [\d,]+ least severe findings/);
  });
});
