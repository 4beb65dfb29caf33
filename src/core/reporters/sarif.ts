import type { Finding, Suppression } from '../finding';
import type { Notice } from '../notice';
import type { Report } from '../report';
import type { RuleMeta, Scanner } from '../rule';
import { compareSeverity, sarifLevel, type Severity } from '../severity';
import {
  artifactUris,
  noticeLocation,
  SRCROOT,
  toSarifFix,
  toSarifLocation,
  type ArtifactUris,
} from './sarif-locations';
import { fallbackRuleDescriptor, toRuleDescriptor } from './sarif-rules';
import {
  SARIF_SCHEMA,
  type SarifLog,
  type SarifNotification,
  type SarifPropertyBag,
  type SarifReportingDescriptor,
  type SarifResult,
  type SarifRun,
  type SarifSuppression,
} from './sarif-types';

export type { SarifLog } from './sarif-types';

export interface SarifOptions {
  /** Prefix of each run's `automationDetails.id`; GitHub's category. Default `cloudgate`. */
  category?: string;
}

export const INFORMATION_URI = 'https://github.com/cloudgate-dev/cloudgate';
export const FINGERPRINT_KEY = 'cloudgateFingerprint/v1';

/**
 * SARIF 2.1.0 with one run per scanner. Each run gets its own category (`<category>/<scanner>/`) because
 * GitHub rejects a file whose runs share a tool and a category.
 */
export function toSarif(report: Report, options: SarifOptions = {}): SarifLog {
  const { log, results } = sarifWithResultsToMake(report, options);
  for (const [list, make] of results) for (const result of make()) list.push(result);
  return log;
}

/**
 * The log of `toSarif` with every run's `results` still empty, and for each of those lists a function
 * that makes its results one at a time: a writer can then write each result as it is made, and a
 * large report's results never all exist at once.
 */
export function sarifWithResultsToMake(
  report: Report,
  options: SarifOptions = {},
): { log: SarifLog; results: Map<SarifResult[], () => Iterable<SarifResult>> } {
  const scanners = scannersOf(report);
  const category = (options.category ?? '').replace(/\/+$/, '') || 'cloudgate';
  const metaById = new Map<string, RuleMeta>();
  for (const meta of report.rules) if (!metaById.has(meta.id)) metaById.set(meta.id, meta);
  const noticesByScanner = assignNotices(report, scanners, metaById);
  const results = new Map<SarifResult[], () => Iterable<SarifResult>>();
  const runs = scanners.map((scanner) => {
    const findings = report.findings.filter((finding) => finding.scanner === scanner);
    const { run, make } = toRun(report, scanner, {
      category,
      metaById,
      findings,
      notices: noticesByScanner.get(scanner) ?? [],
    });
    results.set(run.results, make);
    return run;
  });
  return { log: { $schema: SARIF_SCHEMA, version: '2.1.0', runs }, results };
}

/** The report's scanners, plus any a finding names that the list forgot, so no finding is lost. */
function scannersOf(report: Report): Scanner[] {
  const scanners = new Set(report.scanners);
  for (const finding of report.findings) scanners.add(finding.scanner);
  return [...scanners];
}

interface RunInput {
  category: string;
  metaById: Map<string, RuleMeta>;
  findings: Finding[];
  notices: Notice[];
}

/** A run with its results still empty, and what makes them. */
function toRun(
  report: Report,
  scanner: Scanner,
  input: RunInput,
): { run: SarifRun; make: () => Iterable<SarifResult> } {
  const rules = rulesOf(input.findings, input.metaById);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const uriOf = artifactUris();
  const run: SarifRun = {
    tool: {
      driver: {
        name: report.tool.name || 'cloudgate',
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: INFORMATION_URI,
        rules,
      },
    },
    automationDetails: { id: `${input.category}/${scanner}/` },
    originalUriBaseIds: {
      [SRCROOT]: { description: { text: 'The scan root: paths of results are relative to it.' } },
    },
    columnKind: 'utf16CodeUnits',
    invocations: [
      { executionSuccessful: true, toolExecutionNotifications: input.notices.map(toNotification) },
    ],
    results: [],
  };
  function* make(): Iterable<SarifResult> {
    for (const finding of input.findings) yield toResult(finding, ruleIndex.get(finding.ruleId) ?? 0, uriOf);
  }
  return { run, make };
}

/** The metadata of the rules this run's results use, in order of first use. */
function rulesOf(findings: Finding[], metaById: Map<string, RuleMeta>): SarifReportingDescriptor[] {
  const severityByRule = new Map<string, { scanner: Scanner; severity: Severity }>();
  for (const finding of findings) {
    const seen = severityByRule.get(finding.ruleId);
    if (!seen || compareSeverity(finding.severity, seen.severity) > 0) {
      severityByRule.set(finding.ruleId, { scanner: finding.scanner, severity: finding.severity });
    }
  }
  return [...severityByRule.entries()].map(([id, { scanner, severity }]) => {
    const meta = metaById.get(id);
    return meta ? toRuleDescriptor(meta, severity) : fallbackRuleDescriptor(id, scanner, severity);
  });
}

function toResult(finding: Finding, ruleIndex: number, uriOf: ArtifactUris): SarifResult {
  const result: SarifResult = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: sarifLevel(finding.severity),
    message: { text: messageText(finding) },
    locations: [toSarifLocation(finding, uriOf)],
    partialFingerprints: fingerprints(finding.fingerprint),
  };
  if (finding.suppression) result.suppressions = [toSuppression(finding.suppression)];
  const fix = finding.fix ? toSarifFix(finding.fix) : undefined;
  if (fix) result.fixes = [fix];
  const properties: SarifPropertyBag = {
    'cloudgate/severity': finding.severity,
    'cloudgate/resource': finding.resource,
  };
  if (finding.properties) properties['cloudgate/details'] = { ...finding.properties };
  result.properties = properties;
  return result;
}

/**
 * Our fingerprint ignores line numbers, so it is also given as `primaryLocationLineHash` (the only key
 * code scanning matches alerts on; `<hash>:<n>` as GitHub writes it): alerts then survive unrelated line
 * moves, and uploads through the API do not create duplicates.
 */
function fingerprints(fingerprint: string): Record<string, string> {
  return {
    [FINGERPRINT_KEY]: fingerprint,
    primaryLocationLineHash: /:\d+$/.test(fingerprint) ? fingerprint : `${fingerprint}:1`,
  };
}

/** SARIF reads `[text](n)` in a plain-text message as a link, so literal brackets are escaped. */
function messageText(finding: Finding): string {
  const text = finding.message.trim() || `${finding.ruleId} on ${finding.resource}`;
  // Plain-string replacements: a regular expression took twice as long over a large scan's results.
  return text.includes('[') || text.includes(']') ? text.replaceAll('[', '\\[').replaceAll(']', '\\]') : text;
}

function toSuppression(suppression: Suppression): SarifSuppression {
  return {
    kind: suppression.kind === 'inline' ? 'inSource' : 'external',
    status: 'accepted',
    justification: suppression.reason,
    properties: {
      'cloudgate/kind': suppression.kind,
      ...(suppression.source ? { 'cloudgate/source': suppression.source } : {}),
    },
  };
}

/**
 * Notices do not name their scanner; one that names a rule goes to that rule's run, the others to the
 * first run, so each is written once.
 */
function assignNotices(
  report: Report,
  scanners: Scanner[],
  metaById: Map<string, RuleMeta>,
): Map<Scanner, Notice[]> {
  const byScanner = new Map<Scanner, Notice[]>();
  const first = scanners[0];
  if (!first) return byScanner;
  for (const notice of report.notices) {
    const ruleScanner = notice.ruleId ? metaById.get(notice.ruleId)?.scanner : undefined;
    const scanner = ruleScanner && scanners.includes(ruleScanner) ? ruleScanner : first;
    const list = byScanner.get(scanner) ?? [];
    list.push(notice);
    byScanner.set(scanner, list);
  }
  return byScanner;
}

function toNotification(notice: Notice): SarifNotification {
  const locations = noticeLocation(notice.path, notice.line, notice.column);
  return {
    level: notice.kind === 'skipped' ? 'note' : 'warning',
    message: { text: notice.message || notice.kind },
    ...(locations.length > 0 ? { locations } : {}),
    properties: {
      'cloudgate/kind': notice.kind,
      ...(notice.ruleId ? { 'cloudgate/ruleId': notice.ruleId } : {}),
    },
  };
}
