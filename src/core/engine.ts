import type { Finding, Fix } from './finding';
import type { Location } from './location';
import type { Notice } from './notice';
import type { RuleMeta } from './rule';
import { disambiguate, fingerprint } from './fingerprint';
import type { Rule } from './rule-types';

/** What a check returns: the engine stamps metadata, severity and fingerprint onto it. */
export interface Violation {
  message: string;
  resource: string;
  location: Location;
  fix?: Fix;
  properties?: Record<string, string | number | boolean>;
  /**
   * What the fingerprint names as the resource when `resource` alone is not unique in a scan (a
   * Terraform module's resource, reached from several root modules); `resource` when absent.
   */
  identity?: string;
}

export interface EngineOptions {
  /** The text a fingerprint is computed from, usually the offending source line. */
  snippetFor(location: Location): string;
}

export interface EngineResult {
  findings: Finding[];
  notices: Notice[];
}

/**
 * Runs each rule on the model. A rule that throws becomes a notice; the other
 * rules still run, so one bug never hides the rest of the results.
 */
export function runRules<TModel>(
  rules: readonly Rule<TModel>[],
  model: TModel,
  options: EngineOptions,
): EngineResult {
  const result = checkRules(rules, model, options);
  assignUniqueFingerprints(result.findings);
  return result;
}

/**
 * `runRules` for one part of a scan whose findings are gathered from several models: the
 * findings are in rule order, their fingerprints not yet told apart (`assignUniqueFingerprints`).
 */
export function checkRules<TModel>(
  rules: readonly Rule<TModel>[],
  model: TModel,
  options: EngineOptions,
): EngineResult {
  const findings: Finding[] = [];
  const notices: Notice[] = [];
  for (const rule of rules) {
    let violations: Violation[];
    try {
      violations = rule.check(model);
    } catch (error) {
      notices.push(ruleFailure(rule.meta.id, error));
      continue;
    }
    for (const violation of violations) findings.push(toFinding(rule.meta, violation, options));
  }
  return { findings, notices };
}

/** The notice for a rule that threw: it is skipped, and the other rules still run. */
export function ruleFailure(ruleId: string, error: unknown): Notice {
  return {
    kind: 'not-assessed',
    ruleId,
    message: `rule ${ruleId} failed and was skipped: ${(error as Error).message} (this is a bug in cloudgate; please report it)`,
  };
}

function toFinding(meta: RuleMeta, violation: Violation, options: EngineOptions): Finding {
  const finding: Finding = {
    ruleId: meta.id,
    scanner: meta.scanner,
    severity: meta.severity,
    message: violation.message,
    location: violation.location,
    resource: violation.resource,
    fingerprint: fingerprint({
      ruleId: meta.id,
      where: locationKey(violation.location),
      resource: violation.identity ?? violation.resource,
      snippet: options.snippetFor(violation.location),
    }),
  };
  if (violation.fix) finding.fix = violation.fix;
  if (violation.properties) finding.properties = violation.properties;
  return finding;
}

export function locationKey(location: Location): string {
  switch (location.kind) {
    case 'file':
      return location.path;
    case 'cloud':
      return `${location.provider}:${location.account}:${location.region ?? ''}:${location.resourceId}`;
    case 'artifact':
      return `${location.name}:${location.detail ?? ''}`;
  }
}

/** Sorts findings into a stable order, then numbers colliding fingerprints. */
export function assignUniqueFingerprints(findings: Finding[]): void {
  findings.sort(compareFindings);
  const unique = disambiguate(findings.map((finding) => finding.fingerprint));
  findings.forEach((finding, index) => (finding.fingerprint = unique[index]!));
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(locationKey(a.location), locationKey(b.location)) ||
    lineOf(a) - lineOf(b) ||
    columnOf(a) - columnOf(b) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.resource, b.resource) ||
    compareText(a.message, b.message)
  );
}

function lineOf(finding: Finding): number {
  return finding.location.kind === 'file' ? finding.location.range.startLine : 0;
}

function columnOf(finding: Finding): number {
  return finding.location.kind === 'file' ? finding.location.range.startColumn : 0;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
