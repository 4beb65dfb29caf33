import { renderTable } from '../../../src/core/reporters/table';
import { emptyReport } from '../../../src/core/report';
import { lineRange } from '../../../src/core/location';
import { SEVERITIES } from '../../../src/core/severity';
import { finding, mixedReport } from './sample-report';

const ESC = '\u001b';

describe('renderTable', () => {
  const report = mixedReport();

  it('writes no escape sequence without colour', () => {
    const text = renderTable(report, { color: false });
    expect(text).not.toContain(ESC);
    expect(text).toMatch(
      /CRITICAL\s+k8s-privileged-container\s+17:13\s+container "nginx" of Deployment\/shop\/web runs privileged/,
    );
  });

  it('colours severities and headings when asked', () => {
    const text = renderTable(report, { color: true });
    expect(text).toContain(`${ESC}[1;35mCRITICAL`);
    expect(text).toContain(`${ESC}[31mHIGH`);
    expect(text).toContain(`${ESC}[1mdeploy/web.yaml${ESC}[0m`);
  });

  it('groups findings under their file, cloud account or image', () => {
    const lines = renderTable(report, { color: false }).split('\n');
    const headings = lines.filter((line) => line.length > 0 && !line.startsWith(' '));
    expect(headings.slice(0, 3)).toEqual([
      'aws account 123456789012 (eu-west-1)',
      'deploy/web.yaml',
      'ghcr.io/shop/web:1.4',
    ]);
    const web = lines.indexOf('deploy/web.yaml');
    const image = lines.indexOf('ghcr.io/shop/web:1.4');
    const webRows = lines.slice(web + 1, image).filter((line) => line.startsWith('  '));
    expect(webRows.length).toBe(
      report.findings.filter((item) => !item.suppression && item.location.kind === 'file').length,
    );
    const rowLines = webRows.map((row) => Number(/\s(\d+):\d+\s/.exec(row)![1]));
    expect(rowLines).toEqual([...rowLines].sort((a, b) => a - b));
  });

  it('counts suppressed findings instead of listing them, lists notices and counts skipped files', () => {
    const withSkips = {
      ...report,
      notices: [
        ...report.notices,
        { kind: 'skipped' as const, path: 'big.yaml', message: 'larger than 5 MB' },
      ],
    };
    const text = renderTable(withSkips, { color: false });
    expect(text).not.toContain('legacy app.yaml');
    expect(text).not.toContain('deploy/old.yaml');
    expect(text).toContain('2 suppressed');
    expect(text).toContain('Notices (1)');
    expect(text).toContain('deploy/broken.yaml:2:1: invalid YAML');
    expect(text).not.toContain('big.yaml');
    expect(text).toContain('1 file skipped');
    const active = report.findings.filter((item) => !item.suppression);
    const totals = text.trimEnd().split('\n').at(-1)!;
    const counts = SEVERITIES.map(
      (severity) => [severity, active.filter((item) => item.severity === severity).length] as const,
    )
      .filter(([, count]) => count > 0)
      .map(([severity, count]) => `${count} ${severity}`);
    expect(totals).toContain(`${active.length} findings (${counts.join(', ')})`);
    expect(totals).toContain('1 file,');
  });

  it('says so when there are no findings', () => {
    expect(renderTable(emptyReport(['iac']), { color: false })).toMatch(/^No findings · 0 files/m);
  });

  it('shows escape sequences from the report instead of sending them to the terminal', () => {
    const hostile = emptyReport(['iac']);
    hostile.findings = [
      finding({
        fingerprint: 'x1',
        message: `bad ${ESC}]0;owned${ESC}\\ title\nsecond line`,
        location: { kind: 'file', path: `evil${ESC}[2J.yaml`, range: lineRange(1) },
      }),
    ];
    const text = renderTable(hostile, { color: false });
    expect(text).not.toContain(ESC);
    expect(text).toContain('\\u{1b}]0;owned');
    expect(text).toContain('title second line');
  });
});
