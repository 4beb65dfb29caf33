import { parseSeverity, type Severity } from '../../core/severity';
import type { TrivyCvss } from './trivy-report-types';

/** GitHub code scanning shows at most 1024 characters of a rule description and 10 of its 20 tags. */
export const MAX_DESCRIPTION = 1000;
export const MAX_TITLE = 200;
export const MAX_TAGS = 20;
export const MAX_LINKS = 10;

/**
 * Trivy's severities map one to one; UNKNOWN (the vendor gave no rating, common for GMS and fresh
 * GHSA ids) becomes info, so it is reported but never fails the default gate. See docs/severity.md.
 */
export function trivySeverity(value: unknown): Severity {
  return (typeof value === 'string' ? parseSeverity(value) : undefined) ?? 'info';
}

/** `image-` plus the advisory or check id in lower case: `image-cve-2019-1549`, `image-ghsa-xxxx-xxxx-xxxx`. */
export function imageRuleId(kind: 'vuln' | 'secret' | 'misconfig' | 'license', id: string): string {
  const slug = id
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  const prefix = kind === 'vuln' ? 'image-' : `image-${kind}-`;
  return `${prefix}${slug || 'unnamed'}`;
}

export interface CvssSummary {
  score: number;
  vector?: string;
  source: string;
}

/** The highest CVSS v3 base score any source gives; code scanning sorts security alerts by it. */
export function highestCvss(cvss: Record<string, TrivyCvss> | undefined): CvssSummary | undefined {
  let best: CvssSummary | undefined;
  for (const [source, entry] of Object.entries(cvss ?? {})) {
    const score = entry?.V3Score;
    if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 10) continue;
    if (!best || score > best.score) {
      best = { score, source, ...(typeof entry.V3Vector === 'string' ? { vector: entry.V3Vector } : {}) };
    }
  }
  return best;
}

/** The primary URL first, then the references; only https, without duplicates. */
export function advisoryLinks(id: string, primary: unknown, references: unknown): string[] {
  const links = [primary, ...(Array.isArray(references) ? references : [])]
    .filter((link): link is string => typeof link === 'string' && link.startsWith('https://'))
    .filter((link, index, all) => all.indexOf(link) === index);
  if (links.length === 0) {
    if (/^GHSA-/i.test(id)) links.push(`https://github.com/advisories/${id}`);
    else if (/^CVE-\d+-\d+$/i.test(id)) links.push(`https://nvd.nist.gov/vuln/detail/${id.toUpperCase()}`);
  }
  return links.slice(0, MAX_LINKS);
}

/** Several fixed versions are listed with commas, one per release line. */
export function fixedVersions(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(',')
    .map((version) => version.trim())
    .filter((version) => version !== '');
}

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
