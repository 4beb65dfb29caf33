import { UserError } from './errors';
import type { Finding } from './finding';
import { compareFindings } from './engine';
import { describeLocation } from './location';
import type { Report } from './report';
import { compareSeverity, isAtLeast, SEVERITIES, type Severity } from './severity';

export type FailOn = Severity | 'none';
export type GateScope = 'all' | 'new';

export interface GateOptions {
  failOn: FailOn;
  /** `new`: only findings whose fingerprint is not in `baseFingerprints` can block. Default `all`. */
  scope?: GateScope;
  /** Fingerprints of the base commit's scan; without them every finding counts as new. */
  baseFingerprints?: ReadonlySet<string>;
}

export interface GateResult {
  passed: boolean;
  failOn: FailOn;
  scope: GateScope;
  /** Most severe first. */
  blocking: Finding[];
  /** Active (not suppressed) findings per severity. */
  counts: Record<Severity, number>;
}

const FAIL_ON_VALUES: readonly FailOn[] = [...SEVERITIES, 'none'];

export function parseFailOn(text: string): FailOn {
  const value = text.trim().toLowerCase();
  const match = FAIL_ON_VALUES.find((known) => known === value);
  if (match) return match;
  const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
  throw new UserError(
    `fail-on ${shown} is not a severity`,
    `Use one of: ${FAIL_ON_VALUES.join(', ')} (a finding at or above it fails the run; "none" never fails).`,
  );
}

/**
 * Decides the verdict after suppressions and baseline: a finding blocks when it is active, at or above
 * `failOn`, and (with scope `new`) not already present in the base scan.
 */
export function evaluateGate(report: Report, options: GateOptions): GateResult {
  const scope = options.scope ?? 'all';
  const active = report.findings.filter((finding) => !finding.suppression);
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const finding of active) counts[finding.severity]++;
  const failOn = options.failOn;
  const base = options.baseFingerprints;
  const blocking =
    failOn === 'none'
      ? []
      : active
          .filter((finding) => isAtLeast(finding.severity, failOn))
          .filter((finding) => scope === 'all' || !base?.has(finding.fingerprint))
          .sort((a, b) => compareSeverity(b.severity, a.severity) || compareFindings(a, b));
  return { passed: blocking.length === 0, failOn, scope, blocking, counts };
}

const LISTED = 20;

/** The verdict for a log: what blocks (by name and place) and the two settings that decided it. */
export function describeGate(result: GateResult): string {
  const settings = `fail-on: ${result.failOn}, scope: ${result.scope}`;
  const scopeNote = result.scope === 'new' ? ' that are new in this change' : '';
  if (result.passed) {
    const why =
      result.failOn === 'none'
        ? 'fail-on is none, so findings never fail the run'
        : `no active finding at or above ${result.failOn}${scopeNote}`;
    return `Gate passed: ${why} (${settings}; ${countsText(result.counts)}).`;
  }
  const count = result.blocking.length;
  const lines = [
    `Gate failed: ${count} finding${count === 1 ? '' : 's'} at or above ${result.failOn}${scopeNote} (${settings}):`,
    ...result.blocking.slice(0, LISTED).map((finding) => `  - ${blockingLine(finding)}`),
  ];
  if (count > LISTED) lines.push(`  and ${count - LISTED} more`);
  lines.push(
    'To pass: fix them, suppress one with a reason (`cloudgate:ignore <rule-id> <reason>` or the config file), ' +
      'accept existing ones in a baseline, or change fail-on or the scope.',
  );
  return lines.join('\n');
}

function blockingLine(finding: Finding): string {
  return oneLine(
    `${finding.severity} ${finding.ruleId} at ${describeLocation(finding.location)}: ${finding.message}`,
  );
}

function countsText(counts: Record<Severity, number>): string {
  const parts = SEVERITIES.filter((severity) => counts[severity] > 0).map(
    (severity) => `${counts[severity]} ${severity}`,
  );
  return parts.length > 0 ? `active findings: ${parts.join(', ')}` : 'no active findings';
}

/** Findings may come from other jobs; keep each on one line of the log, without control characters. */
function oneLine(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ');
  return clean.length > 300 ? `${clean.slice(0, 299)}…` : clean;
}
