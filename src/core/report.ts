import type { Finding } from './finding';
import type { Notice } from './notice';
import type { RuleMeta, Scanner } from './rule';
import { version } from '../../package.json';

export interface ReportStats {
  files: number;
  resources: number;
  rulesRun: number;
  durationMs: number;
}

export interface Report {
  tool: { name: string; version: string };
  /** Which scanners contributed; SARIF writes one run each. */
  scanners: Scanner[];
  findings: Finding[];
  notices: Notice[];
  /** Metadata of every rule that produced a finding (and, for `rules`, all rules run). */
  rules: RuleMeta[];
  stats: ReportStats;
}

export const TOOL_NAME = 'cloudgate';

export function toolVersion(): string {
  return version;
}

export function emptyReport(scanners: Scanner[] = []): Report {
  return {
    tool: { name: TOOL_NAME, version: toolVersion() },
    scanners,
    findings: [],
    notices: [],
    rules: [],
    stats: { files: 0, resources: 0, rulesRun: 0, durationMs: 0 },
  };
}
