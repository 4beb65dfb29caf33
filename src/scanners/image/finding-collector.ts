import type { Finding } from '../../core/finding';
import { fingerprint } from '../../core/fingerprint';
import type { RuleMeta } from '../../core/rule';
import { compareSeverity } from '../../core/severity';

export interface IdentityParts {
  /** Image and target: `ghcr.io/acme/api|os-pkgs:alpine`. */
  where: string;
  /** Package (name and path inside the image), secret match or license. */
  what: string;
  /** Tells apart entries that share an identity, such as two versions of one package in a lockfile. */
  variant?: string;
}

/**
 * Collects findings and one rule per advisory or check id. The fingerprint is advisory + package +
 * target, never a line or version, so a finding keeps its identity when the Dockerfile moves or a bump
 * does not fix it; exact repeats are dropped and the engine numbers the rest.
 */
export class FindingCollector {
  readonly findings: Finding[] = [];
  private readonly rules = new Map<string, RuleMeta>();
  private readonly seen = new Set<string>();

  add(
    meta: RuleMeta,
    finding: Omit<Finding, 'ruleId' | 'scanner' | 'fingerprint'>,
    identity: IdentityParts,
  ): void {
    const print = fingerprint({
      ruleId: meta.id,
      where: identity.where,
      resource: identity.what,
      snippet: '',
    });
    const key = `${print}\0${identity.variant ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const known = this.rules.get(meta.id);
    // One advisory can be rated differently per distribution; the rule shows the worst rating.
    if (!known || compareSeverity(meta.severity, known.severity) > 0) this.rules.set(meta.id, meta);
    this.findings.push({ ruleId: meta.id, scanner: 'image', fingerprint: print, ...finding });
  }

  ruleList(): RuleMeta[] {
    return [...this.rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
