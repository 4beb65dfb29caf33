import { createHash } from 'node:crypto';

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
  const hash = createHash('sha256');
  hash.update(input.ruleId);
  hash.update('\0');
  hash.update(input.where);
  hash.update('\0');
  hash.update(input.resource);
  hash.update('\0');
  hash.update(normaliseSnippet(input.snippet));
  return hash.digest('hex').slice(0, 32);
}

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
