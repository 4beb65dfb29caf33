import { gzipSync } from 'node:zlib';
import { lineRange } from '../../../src/core/location';
import { emptyReport, type Report } from '../../../src/core/report';
import type { RuleMeta } from '../../../src/core/rule';
import { FINGERPRINT_KEY, toSarif } from '../../../src/core/reporters/sarif';
import {
  fitSarifToLimits,
  GITHUB_SARIF_LIMITS,
  gzippedSize,
  type SarifLimits,
} from '../../../src/core/reporters/sarif-limits';
import type { SarifLog } from '../../../src/core/reporters/sarif-types';
import { sarifText } from '../../../src/core/reporters/sarif-text';
import { SEVERITIES, type Severity } from '../../../src/core/severity';
import { auditRule, finding } from './sample-report';

const LOOSE: SarifLimits = { ...GITHUB_SARIF_LIMITS };

function ruleFor(id: string, severity: Severity): RuleMeta {
  return { ...auditRule, id, severity, scanner: 'iac', platform: 'kubernetes', title: `Rule ${id}` };
}

/** 30 findings, six of each severity, spread over six rules and files. */
function crowdedReport(order: 'forward' | 'reversed' = 'forward'): Report {
  const report = emptyReport(['iac']);
  const findings = Array.from({ length: 30 }, (_, index) => {
    const severity = SEVERITIES[index % 5]!;
    return finding({
      ruleId: `k8s-rule-${index % 6}`,
      severity,
      fingerprint: `fp-${String(index).padStart(2, '0')}`,
      location: { kind: 'file', path: `deploy/app-${index}.yaml`, range: lineRange(3 + index) },
      message: `finding number ${index} `.repeat(8),
    });
  });
  report.findings = order === 'forward' ? findings : [...findings].reverse();
  report.rules = Array.from({ length: 6 }, (_, index) => ruleFor(`k8s-rule-${index}`, 'medium'));
  return report;
}

function keptFingerprints(log: SarifLog): string[] {
  return log.runs
    .flatMap((run) => run.results.map((result) => result.partialFingerprints![FINGERPRINT_KEY]!))
    .sort();
}

function severitiesOf(log: SarifLog): string[] {
  return log.runs.flatMap((run) =>
    run.results.map((result) => String(result.properties?.['cloudgate/severity'])),
  );
}

function expectConsistentRuleIndexes(log: SarifLog): void {
  for (const run of log.runs) {
    const ids = run.tool.driver.rules!.map((rule) => rule.id);
    expect(new Set(ids)).toEqual(new Set(run.results.map((result) => result.ruleId)));
    for (const result of run.results) expect(ids[result.ruleIndex!]).toBe(result.ruleId);
  }
}

describe('fitSarifToLimits', () => {
  it("uses GitHub's documented limits", () => {
    expect(GITHUB_SARIF_LIMITS).toEqual({
      runsPerFile: 20,
      resultsPerRun: 5_000,
      rulesPerRun: 25_000,
      locationsPerResult: 1_000,
      tagsPerRule: 20,
      gzipBytes: 10_000_000,
    });
  });

  it('keeps the most severe results of a run that has too many, the same ones whatever the input order', () => {
    const log = toSarif(crowdedReport());
    const fitted = fitSarifToLimits(log, { ...LOOSE, resultsPerRun: 10 });
    expect(fitted.dropped).toBe(20);
    expect(fitted.log.runs[0]!.results).toHaveLength(10);
    // Six critical, then the four high ones with the smallest fingerprints.
    expect(severitiesOf(fitted.log).sort()).toEqual(
      [...Array(6).fill('critical'), ...Array(4).fill('high')].sort(),
    );
    expect(keptFingerprints(fitted.log)).toEqual(
      ['fp-00', 'fp-01', 'fp-05', 'fp-06', 'fp-10', 'fp-11', 'fp-15', 'fp-20', 'fp-25', 'fp-16'].sort(),
    );
    expect(fitted.notes.join(' ')).toContain('kept the 10 most severe of 30 results');
    expectConsistentRuleIndexes(fitted.log);
    const reversed = fitSarifToLimits(toSarif(crowdedReport('reversed')), { ...LOOSE, resultsPerRun: 10 });
    expect(keptFingerprints(reversed.log)).toEqual(keptFingerprints(fitted.log));
  });

  it('does not change its input', () => {
    const log = toSarif(crowdedReport());
    const copy = structuredClone(log);
    fitSarifToLimits(log, { ...LOOSE, resultsPerRun: 3, tagsPerRule: 1 });
    expect(log).toEqual(copy);
  });

  it('drops the results of the least severe rules beyond the rules limit', () => {
    const fitted = fitSarifToLimits(toSarif(crowdedReport()), { ...LOOSE, rulesPerRun: 2 });
    const rules = fitted.log.runs[0]!.tool.driver.rules!;
    expect(rules).toHaveLength(2);
    expect(fitted.dropped).toBe(30 - fitted.log.runs[0]!.results.length);
    expect(severitiesOf(fitted.log)).toContain('critical');
    expectConsistentRuleIndexes(fitted.log);
  });

  it('cuts tags per rule and locations per result', () => {
    const log = toSarif(crowdedReport());
    log.runs[0]!.tool.driver.rules![0]!.properties!.tags = Array.from(
      { length: 25 },
      (_, index) => `tag-${index}`,
    );
    const first = log.runs[0]!.results[0]!;
    first.locations = Array.from({ length: 5 }, () => structuredClone(first.locations![0]!));
    const fitted = fitSarifToLimits(log, { ...LOOSE, tagsPerRule: 20, locationsPerResult: 2 });
    expect(fitted.log.runs[0]!.tool.driver.rules![0]!.properties!.tags).toHaveLength(20);
    expect(fitted.log.runs[0]!.results[0]!.locations).toHaveLength(2);
    expect(fitted.dropped).toBe(0);
    expect(fitted.notes).toHaveLength(2);
  });

  it('drops whole runs beyond the runs limit and counts their results', () => {
    const report = crowdedReport();
    report.scanners = ['iac', 'audit'];
    report.findings.push(
      finding({ ruleId: auditRule.id, scanner: 'audit', fingerprint: 'cloud-1', severity: 'high' }),
    );
    const fitted = fitSarifToLimits(toSarif(report), { ...LOOSE, runsPerFile: 1 });
    expect(fitted.log.runs).toHaveLength(1);
    expect(fitted.dropped).toBe(1);
  });

  it('drops the least severe results across runs until the gzipped file fits', () => {
    const log = toSarif(crowdedReport());
    const full = gzippedSize(log);
    const limit = Math.floor(full * 0.75);
    const fitted = fitSarifToLimits(log, { ...LOOSE, gzipBytes: limit });
    expect(gzippedSize(fitted.log)).toBeLessThanOrEqual(limit);
    expect(fitted.dropped).toBeGreaterThan(0);
    expect(fitted.dropped).toBe(30 - fitted.log.runs[0]!.results.length);
    const kept = severitiesOf(fitted.log);
    expect(kept.filter((severity) => severity === 'critical')).toHaveLength(6);
    expect(kept).not.toContain('info');
    expect(fitted.notes.join(' ')).toMatch(/after gzip/);
    expectConsistentRuleIndexes(fitted.log);
  });

  it('measures the text that is written and uploaded, not a more compact layout of the log', () => {
    const log = toSarif(crowdedReport());
    // A limit that compact JSON meets but the written file, with its indentation, does not.
    const limit = gzipSync(JSON.stringify(log)).length;
    expect(gzipSync(sarifText(log)).length).toBeGreaterThan(limit);
    const fitted = fitSarifToLimits(log, { ...LOOSE, gzipBytes: limit });
    expect(fitted.dropped).toBeGreaterThan(0);
    expect(gzipSync(sarifText(fitted.log)).length).toBeLessThanOrEqual(limit);
    expect(fitted.text).toBe(sarifText(fitted.log));
  });
});
