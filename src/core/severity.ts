export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** Most severe first. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** Positive when a is more severe than b; sorts most severe first when used as (b, a). */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[a] - RANK[b];
}

export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && Object.hasOwn(RANK, value);
}

const SPELLINGS: Record<string, Severity> = {
  critical: 'critical',
  crit: 'critical',
  high: 'high',
  error: 'high', // SARIF level
  medium: 'medium',
  moderate: 'medium', // GitHub advisories, npm audit
  warning: 'medium', // SARIF level
  low: 'low',
  note: 'low', // SARIF level
  negligible: 'info',
  info: 'info',
  informational: 'info',
  none: 'info', // SARIF level
  unknown: 'info', // Trivy UNKNOWN: the vendor gave no rating
};

/**
 * Parses the severity spellings of other tools, case-insensitively: cloudgate's
 * own names, Trivy's (CRITICAL..UNKNOWN), SARIF levels (error, warning, note,
 * none) and CVSS v3 base scores (as numbers or numeric strings). The mapping is
 * documented in docs/severity.md. Returns undefined when nothing matches.
 */
export function parseSeverity(input: string | number): Severity | undefined {
  if (typeof input === 'number') return fromCvssScore(input);
  const text = input.trim().toLowerCase();
  if (Object.hasOwn(SPELLINGS, text)) return SPELLINGS[text];
  if (/^\d+(\.\d+)?$/.test(text)) return fromCvssScore(Number(text));
  return undefined;
}

/** CVSS v3.x qualitative rating scale (FIRST CVSS v3.1 specification, section 5). */
export function fromCvssScore(score: number): Severity | undefined {
  if (!Number.isFinite(score) || score < 0 || score > 10) return undefined;
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

/**
 * The number GitHub code scanning reads from `properties.security-severity`
 * (above 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low).
 */
export function securitySeverityScore(severity: Severity): string {
  return { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: '0.0' }[severity];
}

export type SarifLevel = 'error' | 'warning' | 'note';

const SARIF_LEVELS: Record<Severity, SarifLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** The SARIF `level` of a severity, as Trivy and most SARIF producers map it (documented in docs/severity.md). */
export function sarifLevel(severity: Severity): SarifLevel {
  return SARIF_LEVELS[severity];
}
