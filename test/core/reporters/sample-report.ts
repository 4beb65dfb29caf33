import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Finding } from '../../../src/core/finding';
import { lineRange } from '../../../src/core/location';
import type { Report } from '../../../src/core/report';
import type { RuleMeta } from '../../../src/core/rule';
import type { Severity } from '../../../src/core/severity';
import { scanIac } from '../../../src/scanners/iac/scan-iac';

export const PRIVILEGED_MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: nginx
          image: nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac
          securityContext:
            privileged: true
`;

/** Scans a temporary folder holding the given files with the real IaC scanner. */
export function scanFiles(files: Record<string, string>): Report {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cloudgate-reporters-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  const report = scanIac({ root, today: new Date('2026-06-01T00:00:00Z') }).report;
  // Pinned so that two scans of the same files compare equal.
  return { ...report, stats: { ...report.stats, durationMs: 0 } };
}

export const auditRule: RuleMeta = {
  id: 'aws-s3-public-read',
  title: 'S3 bucket allows public read',
  severity: 'high',
  description: 'Anyone on the internet can list and read the objects of a bucket with a public read grant.',
  remediation: 'Remove the public grant and turn on the account-level public access block.',
  links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
  scanner: 'audit',
  platform: 'aws',
  category: 'storage',
  compliance: { 'nist-800-53-r5': ['AC-3'], 'soc2-2017': ['CC6.1'] },
  aliases: ['CKV_AWS_20'],
};

export const imageRule: RuleMeta = {
  id: 'CVE-2024-6387',
  title: 'openssh: remote code execution in the signal handler of sshd (regreSSHion)',
  severity: 'critical',
  description: 'A race in the SIGALRM handler of sshd lets an unauthenticated attacker run code as root.',
  remediation: 'Upgrade openssh to 9.8p1 or later.',
  links: ['https://nvd.nist.gov/vuln/detail/CVE-2024-6387'],
  scanner: 'image',
  platform: 'container-image',
  category: 'vulnerability',
  compliance: {},
  aliases: [],
};

export function finding(overrides: Partial<Finding> & { fingerprint: string }): Finding {
  return {
    ruleId: 'k8s-privileged-container',
    scanner: 'iac',
    severity: 'critical' as Severity,
    message: 'container "nginx" of Deployment/shop/web runs privileged',
    location: { kind: 'file', path: 'deploy/web.yaml', range: lineRange(17, 13, 29) },
    resource: 'Deployment/shop/web',
    ...overrides,
  };
}

/**
 * A report with findings of every kind: a real IaC scan (a privileged container), a suppressed copy, a
 * finding with a fix, a cloud finding and an image finding.
 */
export function mixedReport(): Report {
  const report = scanFiles({
    'deploy/web.yaml': PRIVILEGED_MANIFEST,
    'deploy/broken.yaml': 'kind: [unclosed\n',
  });
  const real = report.findings.find((item) => item.ruleId === 'k8s-privileged-container');
  if (!real) throw new Error('the scan did not find the privileged container');
  const withFix = finding({
    fingerprint: 'f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1',
    location: { kind: 'file', path: 'deploy/web.yaml', range: lineRange(17, 13, 29) },
    message: 'container "nginx" of Deployment/shop/web runs privileged [fixable]',
    fix: {
      description: 'Set privileged to false',
      edits: [{ path: 'deploy/web.yaml', range: lineRange(17, 25, 29), replacement: 'false' }],
    },
  });
  const suppressed = finding({
    fingerprint: 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0',
    location: { kind: 'file', path: 'deploy/legacy app.yaml', range: lineRange(3, 1, 1) },
    suppression: {
      kind: 'inline',
      reason: 'debug pod, removed next sprint',
      source: 'deploy/legacy app.yaml:2',
    },
  });
  const baselined = finding({
    fingerprint: 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0',
    severity: 'high',
    location: { kind: 'file', path: 'deploy/old.yaml', range: lineRange(9, 5, 9) },
    suppression: { kind: 'baseline', reason: 'accepted in the baseline' },
  });
  const cloud = finding({
    ruleId: auditRule.id,
    scanner: 'audit',
    severity: 'high',
    message: 'bucket arn:aws:s3:::shop-logs grants READ to AllUsers',
    location: {
      kind: 'cloud',
      provider: 'aws',
      account: '123456789012',
      region: 'eu-west-1',
      resourceId: 'arn:aws:s3:::shop-logs',
    },
    resource: 'arn:aws:s3:::shop-logs',
    fingerprint: 'c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0',
  });
  const image = finding({
    ruleId: imageRule.id,
    scanner: 'image',
    severity: 'critical',
    message:
      'openssh-server 1:9.2p1-2 in ghcr.io/shop/web:1.4 has CVE-2024-6387 (fixed in 1:9.2p1-2+deb12u3)',
    location: { kind: 'artifact', name: 'ghcr.io/shop/web:1.4', detail: 'openssh-server@1:9.2p1-2' },
    resource: 'ghcr.io/shop/web:1.4',
    fingerprint: 'sha256:0d0d0d0d0d0d0d0d',
    properties: { installedVersion: '1:9.2p1-2', fixedVersion: '1:9.2p1-2+deb12u3' },
  });
  return {
    ...report,
    scanners: ['iac', 'audit', 'image'],
    findings: [...report.findings, withFix, suppressed, baselined, cloud, image],
    rules: [...report.rules, auditRule, imageRule],
  };
}
