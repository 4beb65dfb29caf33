import { readFileSync } from 'node:fs';
import path from 'node:path';
import { groupByPackage, renderPackageGroups } from '../../../src/scanners/image/package-groups';
import { parseTrivyReport } from '../../../src/scanners/image/parse-trivy-report';
import { failureSummary, hintFor } from '../../../src/scanners/image/trivy-errors';
import { buildImageReport, convertTrivyReport } from '../../../src/scanners/image/trivy-to-findings';
import type { TrivyReport, TrivyVulnerability } from '../../../src/scanners/image/trivy-report-types';

const FIXTURES = path.join(__dirname, '../../fixtures/trivy');

function vulnerability(id: string, pkg: string, severity: string, fixed?: string): TrivyVulnerability {
  return {
    VulnerabilityID: id,
    PkgName: pkg,
    InstalledVersion: '1.0.0',
    Severity: severity,
    ...(fixed ? { FixedVersion: fixed } : {}),
  };
}

describe('large reports', () => {
  /** Thousands of advisories over a few packages, as a real base image gives. */
  function bigReport(): TrivyReport {
    const severities = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
    const vulnerabilities = Array.from({ length: 3000 }, (_, index) =>
      vulnerability(
        `CVE-2024-${10000 + index}`,
        `pkg-${index % 25}`,
        severities[index % 5]!,
        index % 3 === 0 ? undefined : `1.0.${index % 7}`,
      ),
    );
    return {
      SchemaVersion: 2,
      ArtifactName: 'registry.example.com/big:1',
      Results: [
        {
          Target: 'registry.example.com/big:1 (debian 12.5)',
          Class: 'os-pkgs',
          Type: 'debian',
          Vulnerabilities: vulnerabilities,
        },
      ],
    };
  }

  it('groups thousands of vulnerabilities into one row per package, with counts that add up', () => {
    const report = buildImageReport([convertTrivyReport(bigReport())]);
    expect(report.findings).toHaveLength(3000);
    const groups = groupByPackage(report.findings);
    expect(groups).toHaveLength(25);
    expect(groups.reduce((sum, group) => sum + group.total, 0)).toBe(3000);
    for (const group of groups) {
      expect(Object.values(group.counts).reduce((a, b) => a + b, 0)).toBe(group.total);
    }
    expect(groups[0]!.highest).toBe('critical');
    const markdown = renderPackageGroups(groups, 10);
    expect(markdown).toContain('3000 vulnerabilities in 25 packages');
    expect(markdown.split('\n').filter((line) => line.startsWith('| pkg&#45;'))).toHaveLength(10);
    expect(markdown).toContain('15 more packages');
  });

  it('gives every finding a distinct fingerprint that does not change between runs', () => {
    const first = buildImageReport([convertTrivyReport(bigReport())]);
    const second = buildImageReport([convertTrivyReport(bigReport())]);
    expect(new Set(first.findings.map((finding) => finding.fingerprint)).size).toBe(3000);
    expect(second.findings.map((finding) => finding.fingerprint)).toEqual(
      first.findings.map((finding) => finding.fingerprint),
    );
  });
});

describe('hostile or unexpected reports', () => {
  it('skips entries that lack required fields with a notice instead of crashing', () => {
    const text = JSON.stringify({
      SchemaVersion: 2,
      Results: [
        {
          Target: 'img (alpine 3.19)',
          Class: 'os-pkgs',
          Vulnerabilities: [vulnerability('CVE-2024-1', 'musl', 'HIGH'), { PkgName: 'x' }, 'nonsense'],
        },
        { Class: 'secret' },
        { Target: 'app/.env', Class: 'secret', Secrets: { RuleID: 'not-a-list' } },
      ],
    });
    const { report, notices } = parseTrivyReport(text, 'report.json');
    expect(report.Results).toHaveLength(2);
    expect(notices.map((notice) => notice.message)).toEqual([
      'report.json: Results[0]: 2 of 3 Vulnerabilities entries lack required fields and were skipped',
      'report.json: Results[1]: has no Target and was skipped',
      'report.json: Results[2]: "Secrets" is not a list and was skipped',
    ]);
    expect(convertTrivyReport(report).findings).toHaveLength(1);
  });

  it('survives wrongly typed optional fields', () => {
    const odd = {
      ...vulnerability('CVE-2024-2', 'zlib', 'SEVERE'),
      Title: 42,
      CVSS: { nvd: { V3Score: 'ten' }, ghsa: null },
      References: 'https://x',
      CweIDs: [7],
    } as unknown as TrivyVulnerability;
    const { report } = parseTrivyReport(
      JSON.stringify({ SchemaVersion: 2, Results: [{ Target: 't', Vulnerabilities: [odd] }] }),
      'r',
    );
    const [finding] = convertTrivyReport(report).findings;
    expect(finding?.severity).toBe('info');
    expect(finding?.properties?.cvss).toBeUndefined();
  });

  it('refuses what is not a Trivy report, saying what it is', () => {
    expect(() => parseTrivyReport('{"SchemaVersion": 1}', 'old.json')).toThrow(
      /SchemaVersion is 1, cloudgate reads version 2/,
    );
    expect(() => parseTrivyReport('[1,2]', 'list.json')).toThrow(/the top level is not an object/);
    expect(() => parseTrivyReport('{', 'cut.json')).toThrow(/cut.json is not JSON/);
  });

  it('reads a report with no Results as empty', () => {
    const { report } = parseTrivyReport(
      readFileSync(path.join(FIXTURES, 'image-alpine-39-no-results.json'), 'utf8'),
      'r',
    );
    expect(convertTrivyReport(report).findings).toEqual([]);
  });
});

describe('Trivy failure hints', () => {
  it.each([
    [
      'GET https://ghcr.io/v2/aquasecurity/trivy-db/manifests/2: TOOMANYREQUESTS: retry-after',
      /db-repository and java-db-repository/,
    ],
    [
      'unable to pull docker.io/library/node:20: toomanyrequests: You have reached your pull rate limit',
      /rate limiting pulls/,
    ],
    ['--skip-db-update cannot be specified on the first run', /not cached yet/],
    ['unknown flag: --list-all-pkgs', /does not know a flag/],
    ['MANIFEST_UNKNOWN: manifest unknown; unknown tag=pr-12', /image was not found/],
    ['GET https://ghcr.io/v2/aquasecurity/trivy-db/manifests/2: DENIED: denied', /docker logout ghcr.io/],
    [
      'GET https://registry.example.com/v2/api/manifests/1: UNAUTHORIZED: authentication required',
      /Log in before the scan/,
    ],
    ['cache may be in use by another process: timeout', /holds the cache lock/],
    ['scan error: context deadline exceeded', /Raise the timeout input/],
    ['write /tmp/x: no space left on device', /ran out of disk/],
  ])('%s', (stderr, hint) => {
    expect(hintFor(stderr)).toMatch(hint);
  });

  it('summarises with the FATAL line rather than the last one', () => {
    expect(
      failureSummary('INFO\tstart\n2026-01-01T00:00:00Z\tFATAL\tFatal error\tboom\nINFO\tcleanup\n'),
    ).toBe('2026-01-01T00:00:00Z\tFATAL\tFatal error\tboom');
  });
});
