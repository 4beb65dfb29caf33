import type { Location, SourceRange } from './location';
import type { Severity } from './severity';
import type { Scanner } from './rule';

/** A text edit in a file of the scan root; applying all edits of a fix resolves the finding. */
export interface TextEdit {
  path: string;
  range: SourceRange;
  replacement: string;
}

export interface Fix {
  description: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  scanner: Scanner;
  /** After configured overrides. */
  severity: Severity;
  /** Specific to this resource: what is wrong here. */
  message: string;
  location: Location;
  /** e.g. `Deployment/default/web`, `aws_s3_bucket.logs`, `arn:aws:s3:::logs`. */
  resource: string;
  /** Stable across runs and unrelated line moves; see fingerprint.ts. */
  fingerprint: string;
  fix?: Fix;
  /** Extra facts a reporter may show (installed/fixed version, expected/actual). */
  properties?: Record<string, string | number | boolean>;
  /** Set by filters, never by rules: why the finding does not count. */
  suppression?: Suppression;
}

export interface Suppression {
  kind: 'inline' | 'config' | 'baseline';
  reason: string;
  /** Where the suppression was declared, for the reader. */
  source?: string;
}

export function isActive(finding: Finding): boolean {
  return finding.suppression === undefined;
}
