import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../report';
import { renderJson } from '../report-json';
import { toSarif } from '../reporters/sarif';
import { fitSarifToLimits } from '../reporters/sarif-limits';

export const REPORT_FILE = 'cloudgate-report.json';
export const SARIF_FILE = 'cloudgate.sarif';

export interface WrittenFiles {
  reportFile: string;
  sarifFile: string;
  sarifJson: string;
  sarifNotes: string[];
}

/**
 * The report as JSON (every finding) and as SARIF within code scanning's limits, on disk before anything
 * talks to GitHub: whatever fails later, these exist for other steps and artifacts.
 */
export function writeReportFiles(report: Report, outputDir: string, category: string): WrittenFiles {
  mkdirSync(outputDir, { recursive: true });
  const reportFile = path.join(outputDir, REPORT_FILE);
  writeFileSync(reportFile, renderJson(report), 'utf8');
  const fitted = fitSarifToLimits(toSarif(report, { category }));
  const sarifJson = fitted.text;
  const sarifFile = path.join(outputDir, SARIF_FILE);
  writeFileSync(sarifFile, sarifJson, 'utf8');
  return { reportFile, sarifFile, sarifJson, sarifNotes: fitted.notes };
}
