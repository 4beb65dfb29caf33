import type { Scanner } from '../rule';

/**
 * Hidden HTML comments that let a later run find what an earlier run wrote: the fingerprints of the
 * findings a review comment is about (one, or every finding of a comment that groups a line's findings),
 * and the one summary comment per pull request.
 */
const FINGERPRINT_ITEM = '[0-9a-f]{8,64}(?::\\d+)?';
const FINGERPRINT = new RegExp(
  `<!-- cloudgate:fp=(${FINGERPRINT_ITEM}(?:,${FINGERPRINT_ITEM})*)(?: scanner=(iac|image|audit))? -->`,
);
const RESOLVED = '<!-- cloudgate:resolved -->';
/** Far above what one comment holds (see review-plan), so a crafted body cannot make a run read more. */
const MAX_FINGERPRINTS = 5000;

export function fingerprintMarker(fingerprints: readonly string[], scanner: Scanner): string {
  // Only the characters a fingerprint has: nothing from a report can end the HTML comment.
  const list = fingerprints
    .map((fingerprint) => fingerprint.replace(/[^0-9a-f:]/g, ''))
    .filter(Boolean)
    .join(',');
  return `<!-- cloudgate:fp=${list} scanner=${scanner} -->`;
}

export function readFingerprintMarker(
  body: string,
): { fingerprints: string[]; scanner?: Scanner } | undefined {
  const match = FINGERPRINT.exec(body);
  if (!match) return undefined;
  const fingerprints = match[1]!.split(',').slice(0, MAX_FINGERPRINTS);
  return { fingerprints, ...(match[2] ? { scanner: match[2] as Scanner } : {}) };
}

export function resolvedMarker(): string {
  return RESOLVED;
}

export function isMarkedResolved(body: string): boolean {
  return body.includes(RESOLVED);
}

/** One summary comment per pull request and key (the category), so separate cloudgate jobs keep theirs apart. */
export function summaryMarker(key: string): string {
  return `<!-- cloudgate:summary key=${key.replace(/[^\w./-]/g, '_')} -->`;
}
