import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mergeReports } from '../../src/core/merge-reports';
import { parseReportJson, renderJson } from '../../src/core/report-json';
import type { Report } from '../../src/core/report';
import { scanIac } from '../../src/scanners/iac/scan-iac';
import { auditRule, finding, mixedReport, PRIVILEGED_MANIFEST } from './reporters/sample-report';

const TODAY = new Date('2026-06-01T00:00:00Z');

/** A tree of three folders, each its own namespace, plus a broken file and a folder symlink loop. */
function makeTree(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-merge-'));
  const folders = ['billing', 'shop', 'search'];
  for (const folder of folders) {
    mkdirSync(path.join(root, folder));
    writeFileSync(
      path.join(root, folder, 'deploy.yaml'),
      PRIVILEGED_MANIFEST.replace(/shop/g, folder).replace(/web/g, `${folder}-web`),
    );
    writeFileSync(
      path.join(root, folder, 'twice.yaml'),
      PRIVILEGED_MANIFEST.replace(/shop/g, folder).replace(/name: web/, 'name: api'),
    );
  }
  writeFileSync(path.join(root, 'search', 'broken.yaml'), 'kind: [unclosed\n');
  symlinkSync(root, path.join(root, 'shop', 'loop'));
  return root;
}

function scanShard(root: string, folders: string[] | undefined): Report {
  const report = scanIac({
    root,
    today: TODAY,
    ...(folders ? { fileFilter: (file: string) => folders.includes(file.split('/')[0]!) } : {}),
  }).report;
  return { ...report, stats: { ...report.stats, durationMs: 0 } };
}

describe('mergeReports', () => {
  const root = makeTree();
  const whole = scanShard(root, undefined);
  const shards = [scanShard(root, ['billing']), scanShard(root, ['shop']), scanShard(root, ['search'])];

  it('merges the shards of a scan into the report of the whole scan', () => {
    expect(shards.every((shard) => shard.findings.length > 0)).toBe(true);
    expect(whole.notices.length).toBeGreaterThan(0);
    const merged = mergeReports(shards);
    expect(merged.findings).toEqual(whole.findings);
    expect(merged.rules).toEqual(whole.rules);
    expect(merged.scanners).toEqual(whole.scanners);
    expect(merged.tool).toEqual(whole.tool);
    expect(merged.stats).toEqual(whole.stats);
    // Notices are put in a stable order; the set is the same as the whole scan's, each once.
    expect(merged.notices).toEqual(mergeReports([whole]).notices);
    expect(new Set(merged.notices.map((notice) => JSON.stringify(notice)))).toEqual(
      new Set(whole.notices.map((notice) => JSON.stringify(notice))),
    );
    expect(merged.notices.length).toBe(new Set(whole.notices.map((notice) => JSON.stringify(notice))).size);
  });

  it('gives the same result whatever order the reports arrive in, also after a JSON round trip', () => {
    const forward = mergeReports(shards);
    const backward = mergeReports([...shards].reverse().map((shard) => parseReportJson(renderJson(shard))));
    expect(backward).toEqual(forward);
  });

  it('keeps each finding once per scanner and fingerprint, and an active copy over a suppressed one', () => {
    const first = mixedReport();
    const second = mixedReport();
    const target = second.findings.find((item) => item.fingerprint === 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0')!;
    delete target.suppression;
    const merged = mergeReports([first, second]);
    expect(merged.findings).toHaveLength(first.findings.length);
    expect(
      merged.findings.find((item) => item.fingerprint === target.fingerprint)!.suppression,
    ).toBeUndefined();
    expect(mergeReports([second, first]).findings).toEqual(merged.findings);
    expect(merged.rules.map((rule) => rule.id)).toEqual([...new Set(first.rules.map((rule) => rule.id))]);
    expect(merged.notices).toHaveLength(1);
  });

  it('keeps findings of different scanners apart even with the same fingerprint', () => {
    const iac = { ...mixedReport(), scanners: ['iac' as const] };
    iac.findings = [finding({ fingerprint: 'same' })];
    const audit = { ...mixedReport(), scanners: ['audit' as const] };
    audit.findings = [finding({ fingerprint: 'same', scanner: 'audit', ruleId: auditRule.id })];
    const merged = mergeReports([audit, iac]);
    expect(merged.findings.map((item) => item.scanner).sort()).toEqual(['audit', 'iac']);
    expect(merged.scanners).toEqual(['iac', 'audit']);
  });

  it('adds the rule counts of different scanners but not of shards of one', () => {
    const iac = { ...shards[0]!, stats: { files: 2, resources: 3, rulesRun: 30, durationMs: 5 } };
    const iacShard = { ...shards[1]!, stats: { files: 4, resources: 1, rulesRun: 30, durationMs: 7 } };
    const audit = {
      ...shards[2]!,
      scanners: ['audit' as const],
      findings: [],
      stats: { files: 0, resources: 9, rulesRun: 12, durationMs: 1 },
    };
    expect(mergeReports([iac, iacShard, audit]).stats).toEqual({
      files: 6,
      resources: 13,
      rulesRun: 42,
      durationMs: 13,
    });
  });

  it('warns when the reports come from different versions, and merges nothing into an empty report', () => {
    const older = { ...shards[0]!, tool: { name: 'cloudgate', version: '0.0.9' } };
    const merged = mergeReports([older, shards[1]!]);
    expect(
      merged.notices.some((notice) => notice.kind === 'warning' && notice.message.includes('0.0.9')),
    ).toBe(true);
    const empty = mergeReports([]);
    expect(empty.findings).toEqual([]);
    expect(empty.scanners).toEqual([]);
  });
});
