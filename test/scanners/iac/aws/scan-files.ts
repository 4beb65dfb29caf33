import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scanIac, type IacScanResult } from '../../../../src/scanners/iac/scan-iac';
import type { IacRule } from '../../../../src/scanners/iac/model/violation';

/** Writes the files to a fresh folder and scans it, with the given rules (none by default: model only). */
export function scanFiles(files: Record<string, string>, rules: readonly IacRule[] = []): IacScanResult {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-aws-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return scanIac({ root, rules, today: new Date('2026-06-01T00:00:00Z') });
}

/** `file:line message` of each finding, sorted, for compact assertions. */
export function findingLines(result: IacScanResult): string[] {
  return result.report.findings
    .map(
      (finding) =>
        `${finding.location.kind === 'file' ? `${finding.location.path}:${finding.location.range.startLine}` : '?'} ${finding.message}`,
    )
    .sort();
}
