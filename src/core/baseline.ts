import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from './errors';
import type { Finding } from './finding';
import type { Report } from './report';

export const BASELINE_SCHEMA = 'cloudgate.baseline/v1';
export const BASELINE_DOCS =
  'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/configuration.md#baselines';

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  /** The file, for findings in files. */
  path?: string;
  resource: string;
}

/** Findings accepted as they are; only their fingerprints decide, the rest is for the reader. */
export interface Baseline {
  schema: typeof BASELINE_SCHEMA;
  /** YYYY-MM-DD. */
  generated: string;
  findings: BaselineEntry[];
}

/**
 * The findings of a report that count (not suppressed otherwise) plus those already
 * accepted by a baseline, sorted so the same tree always gives the same file.
 */
export function createBaseline(report: Report, today: Date = new Date()): Baseline {
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const finding of report.findings) {
    if (finding.suppression && finding.suppression.kind !== 'baseline') continue;
    byFingerprint.set(finding.fingerprint, toEntry(finding));
  }
  const findings = [...byFingerprint.values()].sort(compareEntries);
  return { schema: BASELINE_SCHEMA, generated: today.toISOString().slice(0, 10), findings };
}

export function serialiseBaseline(baseline: Baseline): string {
  const findings = baseline.findings.map((entry) => ({
    fingerprint: entry.fingerprint,
    rule: entry.rule,
    ...(entry.path !== undefined ? { path: entry.path } : {}),
    resource: entry.resource,
  }));
  return `${JSON.stringify({ schema: baseline.schema, generated: baseline.generated, findings }, null, 2)}\n`;
}

/**
 * Writes the baseline. When the file already holds the same findings it is left
 * untouched (its `generated` date included), so re-running on an unchanged tree
 * changes nothing. Returns whether the file was written.
 */
export function writeBaseline(file: string, baseline: Baseline): boolean {
  if (readIfSame(file, baseline)) return false;
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, serialiseBaseline(baseline));
  return true;
}

/** Reads and checks a baseline file; any problem is a UserError that says how to recover. */
export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UserError(
      missing
        ? `baseline file ${file} does not exist`
        : `cannot read the baseline file ${file}: ${(error as Error).message}`,
      missing
        ? 'Create it with `cloudgate baseline`, or correct the --baseline option or the `baseline` key of .cloudgate.yml.'
        : 'Check the file permissions.',
      BASELINE_DOCS,
    );
  }
  return parseBaseline(text, file);
}

export function parseBaseline(text: string, file: string): Baseline {
  const regenerate = 'Regenerate it with `cloudgate baseline` (this accepts every current finding again).';
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UserError(`${file} is not valid JSON: ${(error as Error).message}`, regenerate, BASELINE_DOCS);
  }
  if (!isRecord(data) || data.schema !== BASELINE_SCHEMA) {
    const found = isRecord(data) && 'schema' in data ? `"${String(data.schema)}"` : 'no schema';
    throw new UserError(
      `${file} is not a cloudgate baseline: it has ${found}, expected "${BASELINE_SCHEMA}"`,
      regenerate,
      BASELINE_DOCS,
    );
  }
  if (!Array.isArray(data.findings)) {
    throw new UserError(`${file}: "findings" must be a list`, regenerate, BASELINE_DOCS);
  }
  const findings = data.findings.map((entry: unknown, index: number) => {
    const problem = entryProblem(entry);
    if (problem) throw new UserError(`${file}: findings[${index}] ${problem}`, regenerate, BASELINE_DOCS);
    return entry as BaselineEntry;
  });
  return {
    schema: BASELINE_SCHEMA,
    generated: typeof data.generated === 'string' ? data.generated : '',
    findings,
  };
}

function entryProblem(entry: unknown): string | undefined {
  if (!isRecord(entry)) return 'is not an object';
  if (typeof entry.fingerprint !== 'string' || entry.fingerprint === '') return 'has no fingerprint';
  if (typeof entry.rule !== 'string') return 'has no rule id';
  if (entry.path !== undefined && typeof entry.path !== 'string') return 'has a path that is not a string';
  if (typeof entry.resource !== 'string') return 'has no resource';
  return undefined;
}

function readIfSame(file: string, baseline: Baseline): boolean {
  try {
    const text = readFileSync(file, 'utf8');
    const previous = parseBaseline(text, file);
    return serialiseBaseline({ ...baseline, generated: previous.generated }) === text;
  } catch {
    return false;
  }
}

function toEntry(finding: Finding): BaselineEntry {
  return {
    fingerprint: finding.fingerprint,
    rule: finding.ruleId,
    ...(finding.location.kind === 'file' ? { path: finding.location.path } : {}),
    resource: finding.resource,
  };
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return (
    compareText(a.path ?? '', b.path ?? '') ||
    compareText(a.rule, b.rule) ||
    compareText(a.resource, b.resource) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
