import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../../core/errors';
import type { Notice } from '../../core/notice';
import type { TrivyReport, TrivyResult, TrivyVulnerability } from './trivy-report-types';

/** Reports of images with tens of thousands of packages reach tens of megabytes; beyond this it is not a report. */
export const MAX_REPORT_BYTES = 512 * 1024 * 1024;

export interface ParsedTrivyReport {
  report: TrivyReport;
  notices: Notice[];
}

export function readTrivyReport(file: string, displayName = file): ParsedTrivyReport {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new UserError(`cannot read the Trivy report ${displayName}: ${(error as Error).message}`);
  }
  if (size > MAX_REPORT_BYTES) {
    throw new UserError(
      `the Trivy report ${displayName} is ${Math.round(size / 1024 / 1024)} MB, more than cloudgate reads (${MAX_REPORT_BYTES / 1024 / 1024} MB)`,
      'Scan with a --severity filter, or run Trivy with --list-all-pkgs=false to leave out the package inventory.',
    );
  }
  return parseTrivyReport(readFileSync(file, 'utf8'), displayName);
}

/**
 * Checks the shape Trivy documents and drops what does not fit it (with a notice), so a report
 * edited by hand or produced by another tool cannot crash the conversion.
 */
export function parseTrivyReport(text: string, displayName: string): ParsedTrivyReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `${displayName} is not JSON: ${(error as Error).message}`,
      'Pass the file Trivy wrote with --format json --output <file>.',
    );
  }
  if (!isObject(data)) throw notAReport(displayName, 'the top level is not an object');
  if ('runs' in data && !('SchemaVersion' in data)) {
    throw notAReport(displayName, 'it is a SARIF file', 'Run Trivy with --format json, not --format sarif.');
  }
  if (data.SchemaVersion !== 2) {
    throw notAReport(
      displayName,
      `SchemaVersion is ${JSON.stringify(data.SchemaVersion)}, cloudgate reads version 2`,
      'Trivy has written SchemaVersion 2 since v0.20; upgrade Trivy or pass its --format json output.',
    );
  }
  const notices: Notice[] = [];
  const results: TrivyResult[] = [];
  const rawResults = data.Results;
  if (rawResults !== undefined && rawResults !== null && !Array.isArray(rawResults)) {
    notices.push(warning(displayName, '"Results" is not a list; the report was read as empty'));
  }
  for (const [index, raw] of (Array.isArray(rawResults) ? rawResults : []).entries()) {
    const result = sanitizeResult(raw, `${displayName}: Results[${index}]`, notices);
    if (result) results.push(result);
  }
  const report = { ...(data as object), Results: results } as TrivyReport;
  if (!isObject(report.Metadata)) delete report.Metadata;
  return { report, notices };
}

function sanitizeResult(raw: unknown, where: string, notices: Notice[]): TrivyResult | undefined {
  if (!isObject(raw) || typeof raw.Target !== 'string') {
    notices.push(warning(where, 'has no Target and was skipped'));
    return undefined;
  }
  const result = { ...raw } as unknown as TrivyResult;
  result.Vulnerabilities = keep<TrivyVulnerability>(
    raw.Vulnerabilities,
    where,
    'Vulnerabilities',
    notices,
    (entry) => hasStrings(entry, ['VulnerabilityID', 'PkgName']),
  );
  for (const vulnerability of result.Vulnerabilities) {
    if (typeof vulnerability.InstalledVersion !== 'string') vulnerability.InstalledVersion = '';
    if (typeof vulnerability.PkgPath !== 'string') delete vulnerability.PkgPath;
  }
  result.Misconfigurations = keep(raw.Misconfigurations, where, 'Misconfigurations', notices, (entry) =>
    hasStrings(entry, ['ID']),
  );
  result.Secrets = keep(raw.Secrets, where, 'Secrets', notices, (entry) => hasStrings(entry, ['RuleID']));
  result.Licenses = keep(raw.Licenses, where, 'Licenses', notices, (entry) => hasStrings(entry, ['Name']));
  result.Packages = keep(raw.Packages, where, 'Packages', notices, isObject);
  return result;
}

function keep<T>(
  value: unknown,
  where: string,
  field: string,
  notices: Notice[],
  valid: (entry: Record<string, unknown>) => boolean,
): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    notices.push(warning(where, `"${field}" is not a list and was skipped`));
    return [];
  }
  const kept = value.filter((entry): entry is Record<string, unknown> => isObject(entry) && valid(entry));
  if (kept.length < value.length) {
    notices.push(
      warning(
        where,
        `${value.length - kept.length} of ${value.length} ${field} entries lack required fields and were skipped`,
      ),
    );
  }
  return kept as unknown as T[];
}

function hasStrings(entry: Record<string, unknown>, fields: string[]): boolean {
  return fields.every((field) => typeof entry[field] === 'string' && entry[field] !== '');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function notAReport(displayName: string, why: string, hint?: string): UserError {
  return new UserError(
    `${displayName} is not a Trivy JSON report: ${why}`,
    hint ?? 'Pass the file Trivy wrote with --format json --output <file>.',
  );
}

function warning(where: string, message: string): Notice {
  return { kind: 'warning', message: `${where}: ${message}` };
}
