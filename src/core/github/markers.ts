import type { Scanner } from '../rule';

/**
 * Hidden HTML comments that let a later run find what an earlier run wrote: the fingerprint of the
 * finding a review comment is about, and the one summary comment per pull request.
 */
const FINGERPRINT = /<!-- cloudgate:fp=([0-9a-f]{8,64}(?::\d+)?)(?: scanner=(iac|image|audit))? -->/;
const RESOLVED = '<!-- cloudgate:resolved -->';

export function fingerprintMarker(fingerprint: string, scanner: Scanner): string {
  return `<!-- cloudgate:fp=${fingerprint} scanner=${scanner} -->`;
}

export function readFingerprintMarker(body: string): { fingerprint: string; scanner?: Scanner } | undefined {
  const match = FINGERPRINT.exec(body);
  if (!match) return undefined;
  return { fingerprint: match[1]!, ...(match[2] ? { scanner: match[2] as Scanner } : {}) };
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
