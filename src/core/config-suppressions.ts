import ignore, { type Ignore } from 'ignore';
import { namesRule, type ConfigSuppression } from './config';
import type { Finding } from './finding';
import type { Notice } from './notice';
import type { RuleMeta } from './rule';

interface CompiledSuppression {
  suppression: ConfigSuppression;
  paths?: Ignore;
  resources?: RegExp[];
  expired: boolean;
  matched: number;
}

/**
 * Marks the findings that a config suppression covers. A suppression applies through
 * its `expires` day; after it, it stops applying and a notice says so, so accepted
 * risk cannot outlive its review date unnoticed. Findings already suppressed keep
 * their first suppression.
 */
export function applyConfigSuppressions(
  findings: Finding[],
  suppressions: readonly ConfigSuppression[],
  metaById: ReadonlyMap<string, RuleMeta>,
  today: Date,
): Notice[] {
  const compiled = suppressions.map((suppression) => compile(suppression, today));
  if (compiled.length === 0) return [];
  for (const finding of findings) {
    if (finding.suppression) continue;
    const meta = metaById.get(finding.ruleId);
    for (const entry of compiled) {
      if (!covers(entry, finding, meta)) continue;
      entry.matched++;
      if (entry.expired) continue;
      finding.suppression = {
        kind: 'config',
        reason: entry.suppression.reason,
        ...(entry.suppression.source ? { source: entry.suppression.source } : {}),
      };
      break;
    }
  }
  return compiled.filter((entry) => entry.expired).map(expiryNotice);
}

/** The suppression applies through the whole `expires` day (UTC) and stops after it. */
export function hasExpired(expires: string | undefined, today: Date): boolean {
  if (expires === undefined) return false;
  const end = Date.parse(`${expires}T23:59:59.999Z`);
  return !Number.isNaN(end) && end < today.getTime();
}

/** `*` matches any run of characters (slashes included), `?` one character; everything else is literal. */
export function resourceGlob(pattern: string): RegExp {
  const body = pattern
    .split('')
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[\\^$.+()|[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

function compile(suppression: ConfigSuppression, today: Date): CompiledSuppression {
  return {
    suppression,
    ...(suppression.paths ? { paths: ignore().add(suppression.paths) } : {}),
    ...(suppression.resources ? { resources: suppression.resources.map(resourceGlob) } : {}),
    expired: hasExpired(suppression.expires, today),
    matched: 0,
  };
}

function covers(entry: CompiledSuppression, finding: Finding, meta: RuleMeta | undefined): boolean {
  if (!namesRule(entry.suppression.rule, finding.ruleId, meta)) return false;
  if (entry.paths && !(finding.location.kind === 'file' && pathMatches(entry.paths, finding.location.path)))
    return false;
  if (entry.resources && !entry.resources.some((glob) => glob.test(finding.resource))) return false;
  return true;
}

function pathMatches(patterns: Ignore, file: string): boolean {
  try {
    return patterns.ignores(file);
  } catch {
    // `ignore` refuses paths that are not relative (never produced by the scanners): no match.
    return false;
  }
}

function expiryNotice(entry: CompiledSuppression): Notice {
  const { suppression, matched } = entry;
  const [file, line] = splitSource(suppression.source);
  const counted = matched === 1 ? '1 finding counts' : `${matched} findings count`;
  return {
    kind: 'config',
    ...(file ? { path: file } : {}),
    ...(line ? { line } : {}),
    ruleId: suppression.rule,
    message: `the suppression of ${suppression.rule} expired on ${suppression.expires} and no longer applies (${counted} again); fix the findings or review the suppression and move its date`,
  };
}

function splitSource(source: string | undefined): [string | undefined, number | undefined] {
  const match = source ? /^(.*):(\d+)$/.exec(source) : null;
  return match ? [match[1], Number(match[2])] : [source, undefined];
}
