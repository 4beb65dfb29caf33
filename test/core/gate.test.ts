import { UserError } from '../../src/core/errors';
import { describeGate, evaluateGate, parseFailOn } from '../../src/core/gate';
import { lineRange } from '../../src/core/location';
import { emptyReport, type Report } from '../../src/core/report';
import type { Severity } from '../../src/core/severity';
import { finding, PRIVILEGED_MANIFEST, scanFiles } from './reporters/sample-report';

function reportWith(...severities: Severity[]): Report {
  const report = emptyReport(['iac']);
  report.findings = severities.map((severity, index) =>
    finding({
      fingerprint: `fp${index}`,
      severity,
      ruleId: `k8s-rule-${severity}`,
      location: { kind: 'file', path: 'deploy/app.yaml', range: lineRange(index + 1, 3) },
    }),
  );
  return report;
}

describe('parseFailOn', () => {
  it('accepts the severities and none, in any case and with spaces', () => {
    expect(parseFailOn('high')).toBe('high');
    expect(parseFailOn(' CRITICAL ')).toBe('critical');
    expect(parseFailOn('None')).toBe('none');
    expect(parseFailOn('info')).toBe('info');
  });

  it('rejects anything else with a UserError listing the valid values', () => {
    for (const bad of ['severe', '', 'error', 'high,critical', '7.0']) {
      expect(() => parseFailOn(bad)).toThrow(UserError);
    }
    const error = (() => {
      try {
        parseFailOn('severe');
      } catch (caught) {
        return caught as UserError;
      }
      throw new Error('accepted');
    })();
    expect(error.message).toBe('fail-on "severe" is not a severity');
    expect(error.describe()).toContain('critical, high, medium, low, info, none');
  });
});

describe('evaluateGate', () => {
  it('never fails with fail-on none, but still counts', () => {
    const result = evaluateGate(reportWith('critical', 'high'), { failOn: 'none' });
    expect(result.passed).toBe(true);
    expect(result.blocking).toEqual([]);
    expect(result.counts).toEqual({ critical: 1, high: 1, medium: 0, low: 0, info: 0 });
    expect(describeGate(result)).toContain('fail-on: none, scope: all');
  });

  it('blocks findings at or above the threshold, most severe first', () => {
    const report = reportWith('medium', 'low', 'high', 'critical', 'medium');
    const result = evaluateGate(report, { failOn: 'medium' });
    expect(result.passed).toBe(false);
    expect(result.scope).toBe('all');
    expect(result.blocking.map((item) => item.severity)).toEqual(['critical', 'high', 'medium', 'medium']);
    expect(evaluateGate(report, { failOn: 'critical' }).blocking.map((item) => item.fingerprint)).toEqual([
      'fp3',
    ]);
    expect(evaluateGate(reportWith('high'), { failOn: 'critical' }).passed).toBe(true);
  });

  it('never blocks on suppressed findings, and does not count them', () => {
    const report = reportWith('critical', 'high');
    report.findings[0]!.suppression = { kind: 'baseline', reason: 'accepted' };
    report.findings[1]!.suppression = { kind: 'inline', reason: 'test fixture' };
    const result = evaluateGate(report, { failOn: 'low' });
    expect(result.passed).toBe(true);
    expect(result.counts.critical).toBe(0);
  });

  it('with scope new, blocks only findings that are not in the base scan', () => {
    const report = reportWith('critical', 'high', 'high');
    const result = evaluateGate(report, {
      failOn: 'high',
      scope: 'new',
      baseFingerprints: new Set(['fp0', 'fp1']),
    });
    expect(result.passed).toBe(false);
    expect(result.blocking.map((item) => item.fingerprint)).toEqual(['fp2']);
    const allOld = evaluateGate(report, {
      failOn: 'high',
      scope: 'new',
      baseFingerprints: new Set(['fp0', 'fp1', 'fp2']),
    });
    expect(allOld.passed).toBe(true);
    expect(describeGate(allOld)).toContain('that are new in this change (fail-on: high, scope: new');
    // Without a base scan (a push, not a pull request) every finding is new.
    expect(evaluateGate(report, { failOn: 'high', scope: 'new' }).blocking).toHaveLength(3);
  });

  it('keeps a finding old when unrelated lines are inserted above it (real scans)', () => {
    const base = scanFiles({ 'deploy/web.yaml': PRIVILEGED_MANIFEST });
    const shifted = scanFiles({
      'deploy/web.yaml': `# owned by the shop team\n# reviewed 2026-05\n${PRIVILEGED_MANIFEST}`,
    });
    const baseFingerprints = new Set(base.findings.map((item) => item.fingerprint));
    const result = evaluateGate(shifted, { failOn: 'critical', scope: 'new', baseFingerprints });
    expect(evaluateGate(shifted, { failOn: 'critical' }).passed).toBe(false);
    expect(result.passed).toBe(true);
  });
});

describe('describeGate', () => {
  it('names the blocking findings with their place, and the two settings', () => {
    const text = describeGate(evaluateGate(reportWith('critical', 'low'), { failOn: 'high' }));
    expect(text).toMatch(/^Gate failed: 1 finding at or above high \(fail-on: high, scope: all\):/);
    expect(text).toContain('critical k8s-rule-critical at deploy/app.yaml:1:3');
    expect(text).not.toContain('k8s-rule-low');
  });

  it('lists at most 20 findings, then says how many more', () => {
    const text = describeGate(
      evaluateGate(reportWith(...Array<Severity>(23).fill('high')), { failOn: 'high' }),
    );
    expect(text.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(20);
    expect(text).toContain('and 3 more');
  });

  it('keeps each finding on one line of the log', () => {
    const report = reportWith('critical');
    report.findings[0]!.message = 'line one\n::error::forged annotation\r\nthree';
    const text = describeGate(evaluateGate(report, { failOn: 'high' }));
    expect(text.split('\n').some((line) => line.startsWith('::'))).toBe(false);
    expect(text).toContain('line one ::error::forged annotation three');
  });

  it('explains a pass', () => {
    expect(describeGate(evaluateGate(reportWith('low'), { failOn: 'high' }))).toBe(
      'Gate passed: no active finding at or above high (fail-on: high, scope: all; active findings: 1 low).',
    );
  });
});
