import { UserError } from './errors';
import type { Finding } from './finding';
import type { Notice } from './notice';
import type { Report } from './report';
import { JsonReader, JsonShapeError, preview, type JsonObjectReader } from './reporters/json-reader';
import { readFinding, SCANNERS } from './reporters/report-json-findings';
import { readRule } from './reporters/report-json-rules';
import { readRelativePath } from './reporters/report-json-location';
import { allOf } from './reporters/exhaustive';

export const REPORT_SCHEMA = 'cloudgate.report/v1';
const SCHEMA_DOCS = 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/report-schema.md';

/** Large enough for a monorepo's scan; callers reading artifacts of untrusted jobs pass a smaller cap. */
export const DEFAULT_MAX_REPORT_BYTES = 64 * 1024 * 1024;

const MAX_FINDINGS = 250_000;
const MAX_NOTICES = 100_000;
const MAX_RULES = 50_000;

/** The report as `cloudgate.report/v1` JSON (documented in docs/report-schema.md). */
export function renderJson(report: Report): string {
  const document = {
    schema: REPORT_SCHEMA,
    tool: report.tool,
    scanners: report.scanners,
    stats: report.stats,
    findings: report.findings,
    notices: report.notices,
    rules: report.rules,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export interface ParseReportOptions {
  /** Default 64 MiB. */
  maxBytes?: number;
  /** Named in error messages, e.g. the artifact and file the report came from. */
  source?: string;
}

/**
 * Reads a report written by another job, which may be a fork's pull request: the input is untrusted. Every
 * field is checked for its type, its allowed values and its length; unknown keys are ignored and never
 * copied. A problem throws a UserError naming the source and the JSON path of the bad value.
 */
export function parseReportJson(text: string, options: ParseReportOptions = {}): Report {
  const source = options.source ?? 'report';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_REPORT_BYTES;
  if (text.length > maxBytes || Buffer.byteLength(text, 'utf8') > maxBytes) {
    throw invalid(
      source,
      `is larger than ${maxBytes} bytes`,
      'Reports that large are refused; scan in shards instead.',
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalid(source, `is not valid JSON (${(error as Error).message})`);
  }
  try {
    return readReport(new JsonReader(value));
  } catch (error) {
    if (error instanceof JsonShapeError)
      throw invalid(source, `is not a valid report at ${error.path}: ${error.problem}`);
    throw error;
  }
}

function invalid(source: string, problem: string, hint?: string): UserError {
  return new UserError(
    `${source} ${problem}`,
    hint ??
      `A report must be ${REPORT_SCHEMA} JSON as written by "cloudgate scan --format json". Reports from other jobs are ` +
        'checked strictly because a pull request from a fork can write anything into them.',
    SCHEMA_DOCS,
  );
}

function readReport(reader: JsonReader): Report {
  const root = reader.object();
  const schema = root.get('schema').string(100);
  if (schema !== REPORT_SCHEMA) {
    root
      .get('schema')
      .fail(
        `is ${preview(schema)}; this version of cloudgate reads ${REPORT_SCHEMA} (use the same cloudgate version for every job)`,
      );
  }
  const scanners = readScanners(root);
  const findings = root
    .get('findings')
    .array(MAX_FINDINGS)
    .map((item) => readFinding(item));
  findings.forEach((finding, index) => checkScannerListed(finding, index, scanners, root));
  return {
    tool: readTool(root.get('tool').object()),
    scanners,
    findings,
    notices: root
      .get('notices')
      .array(MAX_NOTICES)
      .map((item) => readNotice(item.object())),
    rules: root
      .get('rules')
      .array(MAX_RULES)
      .map((item) => readRule(item.object())),
    stats: readStats(root.get('stats').object()),
  };
}

function readScanners(root: JsonObjectReader): Report['scanners'] {
  const scanners = root
    .get('scanners')
    .array(SCANNERS.length)
    .map((item) => item.oneOf(SCANNERS));
  if (new Set(scanners).size !== scanners.length) root.get('scanners').fail('lists a scanner twice');
  return scanners;
}

function checkScannerListed(
  finding: Finding,
  index: number,
  scanners: Report['scanners'],
  root: JsonObjectReader,
): void {
  if (!scanners.includes(finding.scanner)) {
    root
      .get('findings')
      .array(MAX_FINDINGS)
      [index]!.object()
      .get('scanner')
      .fail(`"${finding.scanner}" is not listed in $.scanners`);
  }
}

function readTool(tool: JsonObjectReader): Report['tool'] {
  return {
    name: tool.get('name').string(100, /^[\w.@/-]+$/),
    version: tool.get('version').string(100, /^[\w.+-]+$/),
  };
}

function readStats(stats: JsonObjectReader): Report['stats'] {
  return {
    files: stats.get('files').integer(0),
    resources: stats.get('resources').integer(0),
    rulesRun: stats.get('rulesRun').integer(0),
    durationMs: stats.get('durationMs').number(0, Number.MAX_SAFE_INTEGER),
  };
}

const NOTICE_KINDS = allOf<Notice['kind']>()([
  'parse-error',
  'skipped',
  'not-assessed',
  'config',
  'api-error',
  'warning',
]);

function readNotice(notice: JsonObjectReader): Notice {
  const path = notice.optional('path');
  const line = notice.optional('line');
  const column = notice.optional('column');
  const ruleId = notice.optional('ruleId');
  return {
    kind: notice.get('kind').oneOf(NOTICE_KINDS),
    message: notice.get('message').string(10_000),
    ...(path ? { path: readRelativePath(path) } : {}),
    ...(line ? { line: line.integer(0, 100_000_000) } : {}),
    ...(column ? { column: column.integer(0, 100_000_000) } : {}),
    ...(ruleId ? { ruleId: ruleId.string(200) } : {}),
  };
}
