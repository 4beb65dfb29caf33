import { gzipSync } from 'node:zlib';
import { SEVERITIES, severityRank } from '../severity';
import { FINGERPRINT_KEY } from './sarif';
import { sarifText } from './sarif-text';
import type { SarifLog, SarifResult, SarifRun } from './sarif-types';

export interface SarifLimits {
  runsPerFile: number;
  resultsPerRun: number;
  rulesPerRun: number;
  locationsPerResult: number;
  tagsPerRule: number;
  /** Size of the file after gzip, in bytes. */
  gzipBytes: number;
}

/**
 * GitHub code scanning's documented limits for an uploaded SARIF file ("SARIF support for code scanning",
 * validating your SARIF file; and "SARIF file too large"): at most 10 MB after gzip, 20 runs per file,
 * 25,000 rules per run, 1,000 locations per result and 20 tags per rule. A run may hold 25,000 results,
 * but only the 5,000 most severe are kept, so we cut at 5,000 ourselves: then we choose, deterministically,
 * and can say what was left out. Going over a hard limit makes GitHub reject the whole file.
 */
export const GITHUB_SARIF_LIMITS: SarifLimits = {
  runsPerFile: 20,
  resultsPerRun: 5_000,
  rulesPerRun: 25_000,
  locationsPerResult: 1_000,
  tagsPerRule: 20,
  // "10 MB": the decimal reading is the smaller one, so it is safe either way.
  gzipBytes: 10_000_000,
};

export interface FittedSarif {
  log: SarifLog;
  /** Results left out. */
  dropped: number;
  /** What was cut and why, for the job summary. */
  notes: string[];
  /** The file's text, the one its size was measured on: to write and upload as it is. */
  text: string;
}

/**
 * Trims a log to the limits, keeping the most severe results. The choice is deterministic: severity first,
 * then the fingerprint, so the same findings always keep the same results whatever their order.
 */
export function fitSarifToLimits(log: SarifLog, limits: SarifLimits = GITHUB_SARIF_LIMITS): FittedSarif {
  const fitted: SarifLog = structuredClone(log);
  const notes: string[] = [];
  let dropped = 0;
  if (fitted.runs.length > limits.runsPerFile) {
    const removed = fitted.runs.splice(limits.runsPerFile);
    const lost = removed.reduce((sum, run) => sum + run.results.length, 0);
    dropped += lost;
    notes.push(
      `${removed.length} SARIF runs beyond the limit of ${limits.runsPerFile} per file were left out, with ${lost} results.`,
    );
  }
  for (const run of fitted.runs) dropped += fitRun(run, limits, notes);
  const sized = fitSize(fitted, limits, notes);
  return { log: fitted, dropped: dropped + sized.dropped, notes, text: sized.text };
}

function fitRun(run: SarifRun, limits: SarifLimits, notes: string[]): number {
  const name = runName(run);
  const rules = run.tool.driver.rules ?? [];
  const tagged = rules.filter((rule) => (rule.properties?.tags?.length ?? 0) > limits.tagsPerRule);
  for (const rule of tagged) rule.properties!.tags = rule.properties!.tags!.slice(0, limits.tagsPerRule);
  if (tagged.length > 0)
    notes.push(`${name}: tags of ${tagged.length} rules were cut to ${limits.tagsPerRule}.`);
  const located = run.results.filter((result) => (result.locations?.length ?? 0) > limits.locationsPerResult);
  for (const result of located) result.locations = result.locations!.slice(0, limits.locationsPerResult);
  if (located.length > 0)
    notes.push(`${name}: locations of ${located.length} results were cut to ${limits.locationsPerResult}.`);

  const before = run.results.length;
  let keep = new Set(ranked(run.results).slice(0, limits.resultsPerRun));
  const ruleIds = new Set([...keep].map((result) => result.ruleId));
  if (ruleIds.size > limits.rulesPerRun) {
    const allowed = new Set<string>();
    for (const result of ranked([...keep])) {
      if (allowed.size >= limits.rulesPerRun) break;
      allowed.add(result.ruleId);
    }
    keep = new Set([...keep].filter((result) => allowed.has(result.ruleId)));
    notes.push(
      `${name}: results of rules beyond the limit of ${limits.rulesPerRun} rules per run were left out.`,
    );
  }
  if (keep.size === before) return 0;
  retain(run, keep);
  notes.push(
    `${name}: kept the ${keep.size} most severe of ${before} results (limit ${limits.resultsPerRun} per run).`,
  );
  return before - keep.size;
}

/** Drops the least severe results across all runs until the gzipped file fits. */
function fitSize(log: SarifLog, limits: SarifLimits, notes: string[]): { dropped: number; text: string } {
  const whole = sarifText(log);
  if (gzipSync(whole).length <= limits.gzipBytes) return { dropped: 0, text: whole };
  const all = ranked(log.runs.flatMap((run) => run.results));
  const trial = (count: number): SarifLog => {
    const copy: SarifLog = { ...log, runs: log.runs.map((run) => ({ ...run, results: [...run.results] })) };
    const keep = new Set(all.slice(0, count));
    for (const run of copy.runs) retain(run, keep);
    return copy;
  };
  let low = 0;
  let high = all.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (gzippedSize(trial(middle)) <= limits.gzipBytes) low = middle;
    else high = middle - 1;
  }
  const fitted = trial(low);
  log.runs = fitted.runs;
  notes.push(
    `The SARIF file was over ${limits.gzipBytes} bytes after gzip: kept the ${low} most severe of ${all.length} results.`,
  );
  if (low === 0 && gzippedSize(log) > limits.gzipBytes) {
    for (const run of log.runs) delete run.invocations;
    notes.push('Tool notifications were left out too, to fit the size limit.');
  }
  return { dropped: all.length - low, text: sarifText(log) };
}

/** Keeps only the given results, in their order, and only the rules they use, with fresh rule indexes. */
function retain(run: SarifRun, keep: ReadonlySet<SarifResult>): void {
  const results = run.results.filter((result) => keep.has(result));
  const rules = run.tool.driver.rules ?? [];
  const used = new Set(results.map((result) => result.ruleId));
  const kept = rules.filter((rule) => used.has(rule.id));
  const index = new Map(kept.map((rule, position) => [rule.id, position]));
  run.tool = { ...run.tool, driver: { ...run.tool.driver, rules: kept } };
  run.results = results.map((result) => {
    const ruleIndex = index.get(result.ruleId);
    const copy = { ...result };
    if (ruleIndex === undefined) delete copy.ruleIndex;
    else copy.ruleIndex = ruleIndex;
    return copy;
  });
}

function ranked(results: SarifResult[]): SarifResult[] {
  const positions = new Map(results.map((result, index) => [result, index]));
  return [...results].sort(
    (a, b) =>
      rank(b) - rank(a) ||
      compareText(fingerprintOf(a), fingerprintOf(b)) ||
      compareText(a.ruleId, b.ruleId) ||
      positions.get(a)! - positions.get(b)!,
  );
}

/** A SARIF level read as the severity it maps from (docs/severity.md). */
const LEVEL_SEVERITY = { error: 'high', warning: 'medium', note: 'low', none: 'info' } as const;

/** Our own severity when we wrote the result, else the severity its SARIF level stands for. */
function rank(result: SarifResult): number {
  const written = result.properties?.['cloudgate/severity'];
  const severity = SEVERITIES.find((known) => known === written) ?? LEVEL_SEVERITY[result.level ?? 'warning'];
  return severityRank(severity);
}

function fingerprintOf(result: SarifResult): string {
  return (
    result.partialFingerprints?.[FINGERPRINT_KEY] ?? result.partialFingerprints?.primaryLocationLineHash ?? ''
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function runName(run: SarifRun): string {
  return `run ${run.automationDetails?.id ?? run.tool.driver.name}`;
}

/** The gzipped size of the text that is written and uploaded, not of some other layout of the log. */
export function gzippedSize(log: SarifLog): number {
  return gzipSync(sarifText(log)).length;
}
