import type { Severity } from './severity';
import type { FrameworkId } from '../compliance/frameworks';

export type Scanner = 'iac' | 'image' | 'audit';

export type Platform =
  'kubernetes' | 'aws' | 'azure' | 'gcp' | 'dockerfile' | 'github-actions' | 'container-image';

/** Everything a user reads about a rule. Declared once, next to its check. */
export interface RuleMeta {
  /** Stable and readable, namespaced by platform and service: `k8s-pod-privileged`, `aws-s3-public-acl`. Never reused. */
  id: string;
  /** What is wrong, stated as a fact: "Container runs privileged". */
  title: string;
  severity: Severity;
  /** Why it matters. */
  description: string;
  /** What to change. */
  remediation: string;
  /** The provider's documentation first. */
  links: string[];
  scanner: Scanner;
  platform: Platform;
  /** e.g. `workload`, `network`, `iam`, `encryption`, `logging`, `secrets`, `vulnerability`. */
  category: string;
  /** Framework -> control ids, validated against src/compliance. */
  compliance: Partial<Record<FrameworkId, string[]>>;
  /** Equivalent ids in other tools (checkov `CKV_*`, Trivy/tfsec `AVD-*`, KICS, tfsec long ids), for migration and their skip comments. */
  aliases: string[];
  tags?: string[];
  /** CVSS base score for code scanning's security-severity, when the rule has one (vulnerabilities). */
  securitySeverity?: number;
  /** Set when the rule is kept only so its id still resolves. */
  deprecated?: string;
}

export function ruleHelpUri(meta: RuleMeta): string {
  return meta.links[0] ?? 'https://github.com/cloudgate-dev/cloudgate/blob/main/docs/rules.md';
}

/** The documentation anchor of a rule in the generated catalog. */
export function ruleDocsUri(meta: RuleMeta): string {
  return `https://github.com/cloudgate-dev/cloudgate/blob/main/docs/rules.md#${meta.id}`;
}
