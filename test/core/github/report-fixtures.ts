import type { Finding } from '../../../src/core/finding';
import { emptyReport, type Report } from '../../../src/core/report';
import type { RuleMeta } from '../../../src/core/rule';

export const PRIVILEGED_META: RuleMeta = {
  id: 'k8s-privileged-container',
  title: 'Container runs privileged',
  severity: 'critical',
  description: 'A privileged container can take over its node.',
  remediation: 'Remove `securityContext.privileged: true`.',
  links: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
  scanner: 'iac',
  platform: 'kubernetes',
  category: 'workload',
  compliance: { 'cis-kubernetes-1.9': ['5.2.2'] },
  aliases: ['CKV_K8S_16'],
};

let counter = 0;

/** A finding on one line of a file; the fingerprint is unique unless given. */
export function fileFinding(path: string, line: number, overrides: Partial<Finding> = {}): Finding {
  counter++;
  return {
    ruleId: PRIVILEGED_META.id,
    scanner: 'iac',
    severity: 'critical',
    message: `container of ${path} runs privileged`,
    location: {
      kind: 'file',
      path,
      range: { startLine: line, startColumn: 1, endLine: line, endColumn: 10 },
    },
    resource: `Deployment/default/app-${counter}`,
    fingerprint: `${counter.toString(16).padStart(8, '0')}${'f'.repeat(24)}`,
    ...overrides,
  };
}

export function reportOf(findings: Finding[], rules: RuleMeta[] = [PRIVILEGED_META]): Report {
  return { ...emptyReport(['iac']), findings, rules };
}
