import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseSeverity, type Severity } from '../../../src/core/severity';
import { readTrivyReport } from '../../../src/scanners/image/parse-trivy-report';
import { repoFiles } from '../../../src/scanners/image/repo-files';
import { buildImageReport, convertTrivyReport } from '../../../src/scanners/image/trivy-to-findings';

const FIXTURES = path.join(__dirname, '../../fixtures/trivy');
const REPO = path.join(FIXTURES, 'repo');
const reportFiles = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));

interface RawEntry {
  Severity?: string;
  Status?: string;
}

/** What the report itself says: every vulnerability, failed check, secret and licence, by severity. */
function countsInReport(file: string): Record<Severity, number> {
  const raw = JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as {
    Results?: Record<string, RawEntry[] | unknown>[];
  };
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const result of raw.Results ?? []) {
    for (const field of ['Vulnerabilities', 'Misconfigurations', 'Secrets', 'Licenses']) {
      for (const entry of (result[field] as RawEntry[] | undefined) ?? []) {
        if (field === 'Misconfigurations' && entry.Status !== undefined && entry.Status !== 'FAIL') continue;
        counts[parseSeverity(entry.Severity ?? 'UNKNOWN') ?? 'info']++;
      }
    }
  }
  return counts;
}

function countsInFindings(severities: Severity[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const severity of severities) counts[severity]++;
  return counts;
}

describe('Trivy report fixtures -> findings', () => {
  it('has fixtures to check', () => {
    expect(reportFiles.length).toBeGreaterThanOrEqual(14);
  });

  it.each(reportFiles)(
    "%s gives one finding per entry, with the report's own counts per severity",
    (file) => {
      const { report, notices } = readTrivyReport(path.join(FIXTURES, file), file);
      expect(notices).toEqual([]);
      const scan = convertTrivyReport(report, { image: 'ghcr.io/acme/shop:pr-7' });
      expect(countsInFindings(scan.findings.map((finding) => finding.severity))).toEqual(
        countsInReport(file),
      );
      for (const finding of scan.findings) {
        expect(scan.rules.some((rule) => rule.id === finding.ruleId)).toBe(true);
        expect(finding.scanner).toBe('image');
        // Without a repository to anchor on, nothing may claim to be a file.
        expect(finding.location.kind).toBe('artifact');
      }
    },
  );

  it('maps UNKNOWN to info and links a GMS advisory, which has no primary URL, through its references', () => {
    const { report } = readTrivyReport(path.join(FIXTURES, 'fs-gomod-unknown-severity.json'));
    const scan = convertTrivyReport(report);
    const gms = scan.rules.find((rule) => rule.id === 'image-gms-2022-20');
    expect(gms).toMatchObject({ severity: 'info', aliases: ['GMS-2022-20'] });
    expect(gms?.links[0]).toBe('https://github.com/advisories/GHSA-qq97-vm5h-rrhg');
    expect(gms?.links.every((link) => link.startsWith('https://'))).toBe(true);
    expect(scan.findings.filter((finding) => finding.ruleId === 'image-gms-2022-20')).toHaveLength(3);
  });

  it('keeps the highest CVSS v3 score of all sources on the finding and the rule', () => {
    const { report } = readTrivyReport(path.join(FIXTURES, 'image-debian-buster.json'));
    const scan = convertTrivyReport(report);
    const bash = scan.findings.find((finding) => finding.properties?.vulnerabilityId === 'CVE-2019-18276');
    expect(bash?.severity).toBe('low');
    expect(bash?.properties?.cvss).toBe(7.8);
    expect(scan.rules.find((rule) => rule.id === 'image-cve-2019-18276')?.tags).toContain('cvss:7.8');
    expect(bash?.message).toContain('No fixed version is published yet.');
  });

  it('lists every fixed version when Trivy gives several', () => {
    const { report } = readTrivyReport(path.join(FIXTURES, 'image-fluentd-debian-plus-gems.json'));
    const scan = convertTrivyReport(report, { image: 'fluentd:1.9' });
    const gem = scan.findings.find((finding) => finding.properties?.package === 'activesupport');
    expect(gem?.properties?.fixedVersion).toBe('6.0.3.1, 5.2.4.3');
    expect(gem?.message).toContain('Fixed in 6.0.3.1, 5.2.4.3.');
    expect(gem?.location).toEqual({
      kind: 'artifact',
      // Without the tag: code scanning closes and reopens an alert whose path changes.
      name: 'fluentd',
      detail: 'Ruby: var/lib/gems/2.5.0/specifications/activesupport-6.0.2.1.gemspec',
    });
  });

  it('keeps one finding per package when one CVE hits several packages', () => {
    const { report } = readTrivyReport(path.join(FIXTURES, 'image-ubuntu-1804.json'));
    const scan = convertTrivyReport(report);
    const e2fs = scan.findings.filter((finding) => finding.ruleId === 'image-cve-2019-5094');
    expect(e2fs.map((finding) => finding.properties?.package).sort()).toEqual([
      'e2fsprogs',
      'libcom-err2',
      'libext2fs2',
      'libss2',
    ]);
    expect(new Set(e2fs.map((finding) => finding.fingerprint)).size).toBe(4);
    expect(scan.rules.filter((rule) => rule.id === 'image-cve-2019-5094')).toHaveLength(1);
  });

  it('reads both misconfiguration id generations as one id, with the other spellings as aliases', () => {
    const legacy = convertTrivyReport(
      readTrivyReport(path.join(FIXTURES, 'legacy-v0.58-config-helm.json')).report,
    );
    const ksv = legacy.rules.find((rule) => rule.id === 'image-misconfig-ksv-0001');
    expect(ksv?.aliases).toEqual(['KSV-0001', 'AVD-KSV-0001', 'KSV001']);
    const current = convertTrivyReport(readTrivyReport(path.join(FIXTURES, 'config-dockerfile.json')).report);
    expect(current.rules.map((rule) => rule.id)).toEqual(['image-misconfig-ds-0002']);
    expect(current.rules[0]?.aliases).toEqual(['DS-0002', 'AVD-DS-0002']);
  });
});

describe('anchoring on repository files', () => {
  const files = repoFiles(REPO);

  it('puts an npm vulnerability on its package-lock.json entry', () => {
    const { report } = readTrivyReport(path.join(FIXTURES, 'fs-npm-package-lock.json'));
    const [jquery] = convertTrivyReport(report, { files }).findings;
    expect(jquery?.location).toEqual({
      kind: 'file',
      path: 'package-lock.json',
      range: { startLine: 11, startColumn: 1, endLine: 15, endColumn: 7 },
    });
    expect(jquery?.properties?.anchor).toBe('lockfile');
    expect(jquery?.message).toContain('Bump jquery to 3.4.0 or later in this lockfile');
  });

  it('joins pip vulnerabilities, which have no PkgID, to their requirements line by UID', () => {
    const { report } = readTrivyReport(path.join(FIXTURES, 'fs-pip-requirements.json'));
    const findings = convertTrivyReport(report, { files }).findings;
    expect(findings).toHaveLength(2);
    for (const finding of findings) {
      expect(finding.location).toMatchObject({
        kind: 'file',
        path: 'requirements.txt',
        range: { startLine: 6, endLine: 6 },
      });
    }
  });

  it('does not anchor on a lockfile line that names another package', () => {
    const { report } = readTrivyReport(path.join(FIXTURES, 'fs-npm-package-lock.json'));
    const shifted = {
      lines: (file: string) => (file === 'package-lock.json' ? Array(200).fill('"other": {}') : undefined),
    };
    const [jquery] = convertTrivyReport(report, { files: shifted }).findings;
    expect(jquery?.location.kind).toBe('artifact');
  });

  it('keeps the fingerprint when the anchor changes, and across the image tag', () => {
    const { report } = readTrivyReport(path.join(FIXTURES, 'fs-npm-package-lock.json'));
    const anchored = buildImageReport([
      convertTrivyReport(report, { files, image: 'ghcr.io/acme/shop:pr-1' }),
    ]);
    const plain = buildImageReport([convertTrivyReport(report, { image: 'ghcr.io/acme/shop:main' })]);
    expect(anchored.findings[0]?.location.kind).toBe('file');
    expect(plain.findings[0]?.location.kind).toBe('artifact');
    expect(anchored.findings[0]?.fingerprint).toBe(plain.findings[0]?.fingerprint);
  });
});
