import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding } from '../../src/core/finding';
import { applyInlineSuppressions, parseDirective } from '../../src/core/inline-suppressions';
import privilegedContainer from '../../src/scanners/iac/rules/kubernetes/privileged-container/rule';
import { scanIac } from '../../src/scanners/iac/scan-iac';

const TODAY = new Date('2025-05-10T12:00:00Z');

/** A privileged Pod with optional comment lines: above the document, inside the spec, above or on the finding line. */
/** A finding of the privileged-container rule at one place of a file. */
function privilegedFinding(where: {
  path: string;
  line: number;
  column?: number;
  resource: string;
  fingerprint: string;
}): Finding {
  const column = where.column ?? 1;
  return {
    ruleId: 'k8s-privileged-container',
    scanner: 'iac',
    severity: 'critical',
    message: 'x',
    location: {
      kind: 'file',
      path: where.path,
      range: { startLine: where.line, startColumn: column, endLine: where.line, endColumn: column + 1 },
    },
    resource: where.resource,
    fingerprint: where.fingerprint,
  };
}

function manifest(
  options: { above?: string; onLine?: string; beforeKind?: string; inside?: string } = {},
): string {
  return [
    ...(options.above !== undefined ? [options.above] : []),
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: agent',
    'spec:',
    ...(options.inside !== undefined ? [`  ${options.inside}`] : []),
    '  containers:',
    '    - name: agent',
    '      image: registry.example.com/agent:2.1',
    '      securityContext:',
    ...(options.beforeKind !== undefined ? [`        ${options.beforeKind}`] : []),
    `        privileged: true${options.onLine !== undefined ? ` ${options.onLine}` : ''}`,
    '',
  ].join('\n');
}

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cloudgate-inline-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function scan(text: string) {
  writeFileSync(path.join(root, 'pod.yaml'), text);
  const { report } = scanIac({ root, rules: [privilegedContainer], today: TODAY });
  expect(report.findings).toHaveLength(1);
  return { finding: report.findings[0]!, notices: report.notices };
}

describe('inline suppressions in scanned files', () => {
  it('honours cloudgate:ignore on the line above the finding, with the reason and where it was written', () => {
    const { finding, notices } = scan(
      manifest({ beforeKind: '# cloudgate:ignore k8s-privileged-container the CNI agent manages iptables' }),
    );
    expect(finding.suppression).toEqual({
      kind: 'inline',
      reason: 'the CNI agent manages iptables',
      source: 'pod.yaml:10',
    });
    expect(notices).toEqual([]);
  });

  it('honours a trailing comment on the finding line and a comment above the resource', () => {
    expect(
      scan(manifest({ onLine: '# cloudgate:ignore k8s-privileged-container node agent' })).finding.suppression
        ?.source,
    ).toBe('pod.yaml:10');
    expect(
      scan(manifest({ above: '# cloudgate:ignore k8s-privileged-container node agent' })).finding.suppression
        ?.source,
    ).toBe('pod.yaml:1');
  });

  it('accepts several ids, aliases in any case and `*`', () => {
    for (const ids of ['k8s-host-network,k8s-privileged-container', 'ckv_k8s_16', '*']) {
      const { finding } = scan(manifest({ beforeKind: `# cloudgate:ignore ${ids} accepted for the lab` }));
      expect(finding.suppression?.reason).toBe('accepted for the lab');
    }
  });

  it('ignores a cloudgate comment for another rule or one placed elsewhere inside the resource', () => {
    expect(
      scan(manifest({ beforeKind: '# cloudgate:ignore k8s-host-network lab' })).finding.suppression,
    ).toBeUndefined();
    expect(
      scan(manifest({ inside: '# cloudgate:ignore k8s-privileged-container lab' })).finding.suppression,
    ).toBeUndefined();
  });

  it('keeps the finding and explains when the reason is missing', () => {
    const { finding, notices } = scan(
      manifest({ beforeKind: '# cloudgate:ignore k8s-privileged-container' }),
    );
    expect(finding.suppression).toBeUndefined();
    expect(notices).toEqual([
      expect.objectContaining({
        kind: 'config',
        path: 'pod.yaml',
        line: 10,
        message: expect.stringMatching(/needs a reason/),
      }),
    ]);
  });

  it('applies `until=` through that day, then reports the expiry and counts the finding again', () => {
    const valid = scan(
      manifest({
        beforeKind: '# cloudgate:ignore k8s-privileged-container until=2025-05-10 until the rollout',
      }),
    );
    expect(valid.finding.suppression?.reason).toBe('until the rollout');
    const expired = scan(
      manifest({
        beforeKind: '# cloudgate:ignore k8s-privileged-container until=2025-05-09 until the rollout',
      }),
    );
    expect(expired.finding.suppression).toBeUndefined();
    expect(expired.notices.map((notice) => notice.message)).toEqual([
      'suppression expired on 2025-05-09; the finding counts again',
    ]);
  });

  it('refuses dates that do not exist, such as 30 February', () => {
    const { finding, notices } = scan(
      manifest({ beforeKind: '# cloudgate:ignore k8s-privileged-container until=2026-02-30 lab' }),
    );
    expect(finding.suppression).toBeUndefined();
    expect(notices[0]?.message).toBe(
      '"until=2026-02-30" is not a date (YYYY-MM-DD); the finding still counts',
    );
  });

  it('honours checkov skips anywhere inside the resource through the rule aliases', () => {
    const { finding } = scan(manifest({ inside: '# checkov:skip=CKV_K8S_16:host agent' }));
    expect(finding.suppression).toEqual({ kind: 'inline', reason: 'host agent', source: 'pod.yaml:6' });
    expect(
      scan(manifest({ inside: '# checkov:skip=CKV_K8S_20:other check' })).finding.suppression,
    ).toBeUndefined();
  });

  it('honours trivy and tfsec ignores on the line above, including their expiry', () => {
    expect(scan(manifest({ beforeKind: '# trivy:ignore:AVD-KSV-0017' })).finding.suppression?.reason).toBe(
      'ignored with a trivy comment',
    );
    expect(
      scan(manifest({ beforeKind: '# tfsec:ignore:avd-ksv-0017:exp:2030-01-01' })).finding.suppression?.kind,
    ).toBe('inline');
    const expired = scan(manifest({ beforeKind: '# trivy:ignore:AVD-KSV-0017:exp:2025-01-01' }));
    expect(expired.finding.suppression).toBeUndefined();
    expect(expired.notices[0]?.message).toMatch(/expired on 2025-01-01/);
  });
});

describe('parseDirective', () => {
  it('reads the parts of each syntax', () => {
    expect(parseDirective('  # cloudgate:ignore a,b until=2025-01-02 some reason  ')).toEqual({
      ids: ['a', 'b'],
      reason: 'some reason',
      until: '2025-01-02',
      tool: 'cloudgate',
      resourceWide: false,
    });
    expect(parseDirective('/* cloudgate:ignore a why */')?.reason).toBe('why');
    expect(parseDirective('#checkov:skip=CKV_K8S_16')).toMatchObject({
      ids: ['CKV_K8S_16'],
      tool: 'checkov',
      resourceWide: true,
    });
    expect(parseDirective('# trivy:ignore:AVD-1 trivy:ignore:AVD-2')?.ids).toEqual(['AVD-1', 'AVD-2']);
    expect(parseDirective('image: nginx')).toBeUndefined();
  });

  it('parses each distinct line once, however many findings share it', () => {
    const findings = Array.from({ length: 2000 }, (_, index) =>
      privilegedFinding({
        path: 'min.json',
        line: 1,
        column: index + 1,
        resource: `Pod/default/p${index}`,
        fingerprint: String(index),
      }),
    );
    let reads = 0;
    applyInlineSuppressions(findings, [privilegedContainer], {
      lineText: () => {
        reads++;
        return '{"kind":"List"}';
      },
      resourceLines: () => ({ start: 1, end: 1 }),
      today: TODAY,
    });
    expect(reads).toBe(1);
  });

  it('reads the lines of a large resource once, not once per finding in it', () => {
    const findings = Array.from({ length: 3000 }, (_, index) =>
      privilegedFinding({
        path: 'big.yaml',
        line: index + 2,
        resource: 'Deployment/default/big',
        fingerprint: String(index),
      }),
    );
    const seen = new Map<number, number>();
    applyInlineSuppressions(findings, [privilegedContainer], {
      lineText: (_path, line) => {
        seen.set(line, (seen.get(line) ?? 0) + 1);
        return line === 1500 ? '# checkov:skip=CKV_K8S_16:lab' : '      privileged: true';
      },
      resourceLines: () => ({ start: 1, end: 3001 }),
      today: TODAY,
    });
    expect(Math.max(...seen.values())).toBe(1);
    expect(findings.every((item) => item.suppression?.source === 'big.yaml:1500')).toBe(true);
  });
});

describe('files without suppression comments', () => {
  function findingIn(file: string, line: number): Finding {
    return privilegedFinding({
      path: file,
      line,
      resource: `Pod/default/${file}`,
      fingerprint: `${file}:${line}`,
    });
  }

  it('are passed over without reading a line when the whole text is known', () => {
    const files: Record<string, string[]> = {
      'plain.yaml': ['kind: Pod', 'spec:', '  privileged: true'],
      'skipped.yaml': [
        'kind: Pod',
        '# cloudgate:ignore k8s-privileged-container lab cluster',
        '  privileged: true',
      ],
    };
    const reads: string[] = [];
    const findings = [findingIn('plain.yaml', 3), findingIn('skipped.yaml', 3)];
    applyInlineSuppressions(findings, [privilegedContainer], {
      lineText: (file, line) => {
        reads.push(file);
        return files[file]?.[line - 1] ?? '';
      },
      fileText: (file) => files[file]?.join('\n'),
      resourceLines: (file) => {
        reads.push(file);
        return { start: 1, end: files[file]?.length ?? 1 };
      },
      today: TODAY,
    });
    expect(reads.every((file) => file === 'skipped.yaml')).toBe(true);
    expect(reads.length).toBeGreaterThan(0);
    expect(findings[0]!.suppression).toBeUndefined();
    expect(findings[1]!.suppression).toMatchObject({ kind: 'inline', source: 'skipped.yaml:2' });
  });
});
