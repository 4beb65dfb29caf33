import crypto from 'node:crypto';

export interface FingerprintInput {
  ruleId: string;
  /** File path or cloud resource id. */
  where: string;
  resource: string;
  /** The text of the offending line(s); white space is folded so re-indenting keeps the identity. */
  snippet: string;
}

/**
 * A fingerprint names "this problem on this resource", never a line number, so a
 * finding keeps its identity when unrelated lines move above it. It feeds SARIF
 * partialFingerprints, the hidden marker of review comments, baselines and the
 * new-findings-only gate.
 */
export function fingerprint(input: FingerprintInput): string {
  // The joined text holds the same bytes as the parts hashed one after the other.
  const text = `${input.ruleId}\0${input.where}\0${input.resource}\0${normaliseSnippet(input.snippet)}`;
  return sha256Hex(text).slice(0, 32);
}

/**
 * One-shot `crypto.hash` (Node 20.12 and later) is about twice as fast as a Hash object per finding;
 * earlier Node 20 releases, which cloudgate still supports, lack it.
 */
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

export function normaliseSnippet(snippet: string): string {
  return snippet.replace(/\s+/g, ' ').trim();
}

/**
 * Two findings of one rule on the same resource and identical lines would collide;
 * number the repeats in a stable order so each keeps its own identity.
 */
export function disambiguate(fingerprints: string[]): string[] {
  const seen = new Map<string, number>();
  return fingerprints.map((value) => {
    const count = (seen.get(value) ?? 0) + 1;
    seen.set(value, count);
    return count === 1 ? value : `${value}:${count}`;
  });
}
