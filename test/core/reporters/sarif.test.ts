import { toSarif, FINGERPRINT_KEY, type SarifLog } from '../../../src/core/reporters/sarif';
import { fitSarifToLimits } from '../../../src/core/reporters/sarif-limits';
import type { SarifResult, SarifRun } from '../../../src/core/reporters/sarif-types';
import { emptyReport } from '../../../src/core/report';
import { lineRange } from '../../../src/core/location';
import { finding, mixedReport, PRIVILEGED_MANIFEST, scanFiles } from './sample-report';
import { validateSarif } from './sarif-validator';

function runOf(log: SarifLog, scanner: string): SarifRun {
  const run = log.runs.find((candidate) => candidate.automationDetails?.id.endsWith(`/${scanner}/`));
  if (!run) throw new Error(`no run for ${scanner}`);
  return run;
}

function resultWith(run: SarifRun, fingerprint: string): SarifResult {
  const result = run.results.find(
    (candidate) => candidate.partialFingerprints?.[FINGERPRINT_KEY] === fingerprint,
  );
  if (!result) throw new Error(`no result with fingerprint ${fingerprint}`);
  return result;
}

describe('toSarif', () => {
  const report = mixedReport();
  const log = toSarif(report);

  it('passes Microsoft SARIF validator with the GitHub rules: no errors for file, cloud, image, suppressed and fixable findings', () => {
    const messages = validateSarif(log);
    const errors = messages.filter((message) => message.level === 'error');
    expect(errors).toEqual([]);
    // Sanity: the log really holds every kind of finding the validator was meant to see.
    const results = log.runs.flatMap((run) => run.results);
    expect(results.some((result) => result.suppressions)).toBe(true);
    expect(results.some((result) => result.fixes)).toBe(true);
    expect(results.length).toBe(report.findings.length);
  }, 120_000);

  it('the validator check can fail: it reports an absolute URI combined with a uriBaseId', () => {
    const broken = structuredClone(log);
    broken.runs[0]!.results[0]!.locations![0]!.physicalLocation!.artifactLocation.uri =
      'file:///home/runner/web.yaml';
    expect(
      validateSarif(broken)
        .filter((message) => message.level === 'error')
        .map((message) => message.ruleId),
    ).toContain('SARIF1004');
  }, 120_000);

  it('still validates after fitting to the limits, and nothing is dropped when the log is small', () => {
    const fitted = fitSarifToLimits(log);
    expect(fitted.dropped).toBe(0);
    expect(fitted.notes).toEqual([]);
    expect(fitted.log).toEqual(log);
    expect(validateSarif(fitted.log).filter((message) => message.level === 'error')).toEqual([]);
  }, 120_000);

  it('writes one run per scanner, each with its own category', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/^https:\/\//);
    expect(log.runs.map((run) => run.automationDetails?.id)).toEqual([
      'cloudgate/iac/',
      'cloudgate/audit/',
      'cloudgate/image/',
    ]);
    const custom = toSarif(report, { category: 'pr-checks/' });
    expect(custom.runs.map((run) => run.automationDetails?.id)).toEqual([
      'pr-checks/iac/',
      'pr-checks/audit/',
      'pr-checks/image/',
    ]);
    for (const run of log.runs) {
      expect(run.tool.driver).toMatchObject({
        name: 'cloudgate',
        version: report.tool.version,
        semanticVersion: report.tool.version,
      });
      expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
      expect(run.originalUriBaseIds?.['%SRCROOT%']).toBeDefined();
    }
  });

  it('lists only the rules a run uses, with the metadata code scanning reads', () => {
    const iac = runOf(log, 'iac');
    const usedIds = new Set(iac.results.map((result) => result.ruleId));
    expect(iac.tool.driver.rules!.map((rule) => rule.id).sort()).toEqual([...usedIds].sort());
    for (const result of iac.results)
      expect(iac.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
    const privileged = iac.tool.driver.rules!.find((rule) => rule.id === 'k8s-privileged-container')!;
    expect(privileged.name).toBe('K8sPrivilegedContainer');
    expect(privileged.shortDescription?.text).toBe('Container runs privileged.');
    expect(privileged.fullDescription?.text.length).toBeGreaterThan(20);
    expect(privileged.help?.text).toContain('How to fix:');
    expect(privileged.help?.markdown).toContain('**Compliance**');
    expect(privileged.helpUri).toMatch(/^https:\/\/kubernetes\.io\//);
    expect(privileged.defaultConfiguration?.level).toBe('error');
    expect(privileged.properties).toMatchObject({ 'security-severity': '9.5', precision: 'very-high' });
    expect(privileged.properties?.tags).toEqual(
      expect.arrayContaining(['security', 'workload', 'kubernetes', 'cis-kubernetes-1.9/5.2.2']),
    );
    expect(privileged.properties?.aliases).toEqual(expect.arrayContaining(['CKV_K8S_16']));
    expect(runOf(log, 'audit').tool.driver.rules!.map((rule) => rule.id)).toEqual(['aws-s3-public-read']);
  });

  it('writes file findings with relative, encoded URIs and valid regions', () => {
    const iac = runOf(log, 'iac');
    const fixable = resultWith(iac, 'f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1');
    expect(fixable.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'deploy/web.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 17, startColumn: 13, endLine: 17, endColumn: 29 },
    });
    expect(fixable.message.text).toContain('\\[fixable\\]');
    const spaced = resultWith(iac, 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0');
    expect(spaced.locations![0]!.physicalLocation!.artifactLocation.uri).toBe('deploy/legacy%20app.yaml');
    expect(fixable.partialFingerprints).toEqual({
      [FINGERPRINT_KEY]: 'f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1',
      primaryLocationLineHash: 'f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1:1',
    });
  });

  it('gives cloud and image findings a placeholder file and their identity as a logical location', () => {
    const cloud = runOf(log, 'audit').results[0]!;
    expect(cloud.locations![0]!.physicalLocation!.artifactLocation.uri).toBe(
      '.cloudgate/cloud/aws/123456789012/eu-west-1/arn%3Aaws%3As3%3A%3A%3Ashop-logs',
    );
    expect(cloud.locations![0]!.logicalLocations).toEqual([
      {
        name: 'arn:aws:s3:::shop-logs',
        fullyQualifiedName: 'aws/123456789012/eu-west-1/arn:aws:s3:::shop-logs',
        kind: 'resource',
      },
    ]);
    const image = runOf(log, 'image').results[0]!;
    expect(image.locations![0]!.physicalLocation!.artifactLocation.uri).toBe(
      '.cloudgate/artifact/ghcr.io/shop/web%3A1.4',
    );
    expect(image.locations![0]!.physicalLocation!.region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
    expect(image.properties?.['cloudgate/details']).toEqual({
      installedVersion: '1:9.2p1-2',
      fixedVersion: '1:9.2p1-2+deb12u3',
    });
    expect(image.partialFingerprints?.primaryLocationLineHash).toBe('sha256:0d0d0d0d0d0d0d0d:1');
  });

  it('writes half a surrogate pair in a resource id, image name or path as a replacement character', () => {
    const report = emptyReport();
    report.scanners = ['audit', 'image', 'iac'];
    report.findings = [
      finding({
        fingerprint: 'c1',
        scanner: 'audit',
        location: { kind: 'cloud', provider: 'aws', account: '1', resourceId: 'bucket-\ud800' },
      }),
      finding({ fingerprint: 'i1', scanner: 'image', location: { kind: 'artifact', name: 'web:\udc00' } }),
      finding({
        fingerprint: 'f1',
        location: { kind: 'file', path: 'a\udc00\ud800b/x.tf', range: lineRange(1, 1, 2) },
      }),
    ];
    const uris = toSarif(report).runs.map(
      (run) => run.results[0]!.locations![0]!.physicalLocation!.artifactLocation.uri,
    );
    expect(uris).toEqual([
      '.cloudgate/cloud/aws/1/global/bucket-%EF%BF%BD',
      '.cloudgate/artifact/web%3A%EF%BF%BD',
      'a%EF%BF%BD%EF%BF%BDb/x.tf',
    ]);
    // A whole pair is a character like any other.
    report.findings = [
      finding({
        fingerprint: 'f2',
        location: { kind: 'file', path: 'lock-🔒.tf', range: lineRange(1, 1, 2) },
      }),
    ];
    expect(
      runOf(toSarif(report), 'iac').results[0]!.locations![0]!.physicalLocation!.artifactLocation.uri,
    ).toBe('lock-%F0%9F%94%92.tf');
  });

  it('writes suppressions with their kind and reason, and fixes as replacements', () => {
    const iac = runOf(log, 'iac');
    expect(resultWith(iac, 'a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0').suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: 'debug pod, removed next sprint',
        properties: { 'cloudgate/kind': 'inline', 'cloudgate/source': 'deploy/legacy app.yaml:2' },
      },
    ]);
    expect(resultWith(iac, 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0').suppressions?.[0]).toMatchObject({
      kind: 'external',
      justification: 'accepted in the baseline',
    });
    expect(resultWith(iac, 'f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1').fixes).toEqual([
      {
        description: { text: 'Set privileged to false' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'deploy/web.yaml', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 17, startColumn: 25, endLine: 17, endColumn: 29 },
                insertedContent: { text: 'false' },
              },
            ],
          },
        ],
      },
    ]);
  });

  it('turns parse errors into tool notifications', () => {
    const notifications = runOf(log, 'iac').invocations![0]!.toolExecutionNotifications!;
    expect(notifications).toHaveLength(1);
    expect(notifications[0]!.locations![0]!.physicalLocation!.artifactLocation.uri).toBe(
      'deploy/broken.yaml',
    );
    expect(notifications[0]!.level).toBe('warning');
  });

  it('clamps impossible regions from a buggy producer and emits an empty log for an empty report', () => {
    const broken = emptyReport(['iac']);
    broken.findings = [
      finding({
        fingerprint: 'e1',
        location: {
          kind: 'file',
          path: './x.yaml',
          range: { startLine: 0, startColumn: 0, endLine: -3, endColumn: 0 },
        },
      }),
    ];
    const region = toSarif(broken).runs[0]!.results[0]!.locations![0]!.physicalLocation!;
    expect(region).toEqual({
      artifactLocation: { uri: 'x.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    });
    expect(toSarif(emptyReport([])).runs).toEqual([]);
  });

  it('stays valid for awkward input: missing rule metadata, odd path characters, multi-line fixes, bare notices', () => {
    const odd = emptyReport(['iac', 'audit', 'image']);
    odd.findings = [
      finding({
        fingerprint: 'o1',
        ruleId: 'k8s-not-in-rules',
        message: 'first line\nsecond line with [brackets](0) and a tab\t',
        location: {
          kind: 'file',
          path: 'dir with space/ü#1?%/c:d.yaml',
          range: { startLine: 2, startColumn: 5, endLine: 4, endColumn: 2 },
        },
        fix: {
          description: 'Replace the block',
          edits: [
            {
              path: 'dir with space/ü#1?%/c:d.yaml',
              range: { startLine: 2, startColumn: 5, endLine: 4, endColumn: 2 },
              replacement: 'a\nb',
            },
            { path: 'other.yaml', range: lineRange(1, 1, 1), replacement: '# added\n' },
          ],
        },
      }),
      finding({
        fingerprint: 'o2',
        scanner: 'audit',
        ruleId: 'aws-unknown',
        location: {
          kind: 'cloud',
          provider: 'gcp',
          account: 'proj-1',
          resourceId: '//storage.googleapis.com/b',
        },
      }),
      finding({
        fingerprint: 'o3',
        scanner: 'image',
        ruleId: 'GHSA-xxxx-yyyy-zzzz',
        location: { kind: 'artifact', name: 'alpine' },
      }),
    ];
    odd.notices = [
      { kind: 'api-error', message: 'rate limited' },
      { kind: 'not-assessed', ruleId: 'k8s-x', message: 'skipped' },
    ];
    const oddLog = toSarif(odd, { category: 'nightly' });
    expect(validateSarif(oddLog).filter((message) => message.level === 'error')).toEqual([]);
    const [iac, audit, image] = oddLog.runs as [SarifRun, SarifRun, SarifRun];
    expect(iac.tool.driver.rules![0]).toMatchObject({
      id: 'k8s-not-in-rules',
      defaultConfiguration: { level: 'error' },
    });
    expect(iac.results[0]!.locations![0]!.physicalLocation!.artifactLocation.uri).toBe(
      'dir%20with%20space/%C3%BC%231%3F%25/c%3Ad.yaml',
    );
    expect(iac.results[0]!.fixes![0]!.artifactChanges).toHaveLength(2);
    expect(audit.results[0]!.locations![0]!.physicalLocation!.artifactLocation.uri).toBe(
      '.cloudgate/cloud/gcp/proj-1/global/storage.googleapis.com/b',
    );
    expect(image.results[0]!.locations![0]!.physicalLocation!.artifactLocation.uri).toBe(
      '.cloudgate/artifact/alpine',
    );
    expect(iac.invocations![0]!.toolExecutionNotifications).toHaveLength(2);
  }, 120_000);

  it('maps a real scan with no rule metadata missing', () => {
    const scanned = scanFiles({ 'k8s/web.yaml': PRIVILEGED_MANIFEST });
    const run = toSarif(scanned).runs[0]!;
    const privileged = run.results.find((result) => result.ruleId === 'k8s-privileged-container')!;
    expect(privileged.level).toBe('error');
    expect(privileged.locations![0]!.physicalLocation!.region!.startLine).toBe(17);
  });
});
