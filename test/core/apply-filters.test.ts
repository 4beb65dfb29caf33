import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyFilters } from '../../src/core/apply-filters';
import { BASELINE_SCHEMA } from '../../src/core/baseline';
import { defaultConfig, loadConfig, ruleIdsAndAliases, type CloudgateConfig } from '../../src/core/config';
import { hasExpired, resourceGlob } from '../../src/core/config-suppressions';
import type { Finding } from '../../src/core/finding';
import { emptyReport, type Report } from '../../src/core/report';
import type { RuleMeta } from '../../src/core/rule';
import privilegedContainer from '../../src/scanners/iac/rules/kubernetes/privileged-container/rule';
import { scanIac } from '../../src/scanners/iac/scan-iac';

const PRIVILEGED = privilegedContainer.meta;
const HOST_NETWORK: RuleMeta = {
  ...PRIVILEGED,
  id: 'k8s-host-network',
  severity: 'high',
  aliases: ['CKV_K8S_19'],
};
const TODAY = new Date('2025-05-10T12:00:00Z');

function finding(ruleId: string, file: string, resource: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    scanner: 'iac',
    severity: ruleId === PRIVILEGED.id ? 'critical' : 'high',
    message: `${ruleId} on ${resource}`,
    location: { kind: 'file', path: file, range: { startLine: 4, startColumn: 3, endLine: 4, endColumn: 9 } },
    resource,
    fingerprint: `${ruleId}|${file}|${resource}`,
    ...extra,
  };
}

function report(findings: Finding[]): Report {
  return { ...emptyReport(['iac']), rules: [PRIVILEGED, HOST_NETWORK], findings };
}

function config(overrides: Partial<CloudgateConfig>): CloudgateConfig {
  return { ...defaultConfig(), ...overrides };
}

const SAMPLE = () =>
  report([
    finding(PRIVILEGED.id, 'k8s/legacy/agent.yaml', 'DaemonSet/kube-system/agent'),
    finding(PRIVILEGED.id, 'k8s/apps/web.yaml', 'Deployment/shop/web'),
    finding(HOST_NETWORK.id, 'k8s/legacy/agent.yaml', 'DaemonSet/kube-system/agent'),
  ]);

describe('applyFilters', () => {
  it('removes the findings and rule metadata of disabled rules, named by an alias too', () => {
    const filtered = applyFilters(SAMPLE(), {
      config: config({ rules: { disable: ['ckv_k8s_19'] } }),
      today: TODAY,
    });
    expect(filtered.findings.map((item) => item.ruleId)).toEqual([PRIVILEGED.id, PRIVILEGED.id]);
    expect(filtered.rules.map((meta) => meta.id)).toEqual([PRIVILEGED.id]);
  });

  it('keeps only the enabled rules when `enable` is set', () => {
    const filtered = applyFilters(SAMPLE(), {
      config: config({ rules: { enable: ['k8s-host-network'], disable: [] } }),
      today: TODAY,
    });
    expect(filtered.findings.map((item) => item.ruleId)).toEqual([HOST_NETWORK.id]);
  });

  it('overrides severities by id or alias on findings and on the rule metadata, without touching the input', () => {
    const input = SAMPLE();
    const filtered = applyFilters(input, {
      config: config({ severity: { 'AVD-KSV-0017': 'low', 'k8s-host-network': 'medium' } }),
      today: TODAY,
    });
    expect(filtered.findings.map((item) => item.severity)).toEqual(['low', 'low', 'medium']);
    expect(filtered.rules.map((meta) => meta.severity)).toEqual(['low', 'medium']);
    expect(input.findings.map((item) => item.severity)).toEqual(['critical', 'critical', 'high']);
    expect(PRIVILEGED.severity).toBe('critical');
  });

  it('suppresses by rule, path glob and resource glob, keeping the finding with its reason and source', () => {
    const filtered = applyFilters(SAMPLE(), {
      config: config({
        suppressions: [
          {
            rule: 'k8s-privileged-container',
            paths: ['k8s/legacy/**'],
            resources: ['DaemonSet/kube-system/*'],
            reason: 'the node agent needs it',
            source: '.cloudgate.yml:7',
          },
        ],
      }),
      today: TODAY,
    });
    expect(filtered.findings).toHaveLength(3);
    expect(filtered.findings.map((item) => item.suppression)).toEqual([
      { kind: 'config', reason: 'the node agent needs it', source: '.cloudgate.yml:7' },
      undefined,
      undefined,
    ]);
    expect(filtered.notices).toEqual([]);
  });

  it('does not match when the path or the resource differs', () => {
    const filtered = applyFilters(SAMPLE(), {
      config: config({
        suppressions: [
          { rule: PRIVILEGED.id, paths: ['k8s/apps/'], resources: ['Deployment/shop/api'], reason: 'x' },
          { rule: PRIVILEGED.id, paths: ['*.yml'], reason: 'y' },
        ],
      }),
      today: TODAY,
    });
    expect(filtered.findings.every((item) => item.suppression === undefined)).toBe(true);
  });

  it('applies a suppression through its expiry day, then stops and says so in a notice', () => {
    const suppression = { rule: 'CKV_K8S_16', reason: 'migration', source: '.cloudgate.yml:12' };
    const onTheDay = applyFilters(SAMPLE(), {
      config: config({ suppressions: [{ ...suppression, expires: '2025-05-10' }] }),
      today: TODAY,
    });
    expect(onTheDay.findings.filter((item) => item.suppression?.kind === 'config')).toHaveLength(2);
    expect(onTheDay.notices).toEqual([]);

    const after = applyFilters(SAMPLE(), {
      config: config({ suppressions: [{ ...suppression, expires: '2025-05-09' }] }),
      today: TODAY,
    });
    expect(after.findings.every((item) => item.suppression === undefined)).toBe(true);
    expect(after.notices).toEqual([
      {
        kind: 'config',
        path: '.cloudgate.yml',
        line: 12,
        ruleId: 'CKV_K8S_16',
        message:
          'the suppression of CKV_K8S_16 expired on 2025-05-09 and no longer applies (2 findings count again); fix the findings or review the suppression and move its date',
      },
    ]);
  });

  it('keeps an inline suppression over a config one, and a config one over the baseline', () => {
    const input = SAMPLE();
    input.findings[0]!.suppression = {
      kind: 'inline',
      reason: 'in the file',
      source: 'k8s/legacy/agent.yaml:3',
    };
    const filtered = applyFilters(input, {
      config: config({ suppressions: [{ rule: PRIVILEGED.id, reason: 'from config' }] }),
      baseline: {
        schema: BASELINE_SCHEMA,
        generated: '2025-01-01',
        findings: input.findings.map((item) => ({
          fingerprint: item.fingerprint,
          rule: item.ruleId,
          resource: item.resource,
        })),
      },
      today: TODAY,
    });
    expect(filtered.findings.map((item) => [item.suppression?.kind, item.suppression?.reason])).toEqual([
      ['inline', 'in the file'],
      ['config', 'from config'],
      ['baseline', 'accepted in the baseline of 2025-01-01'],
    ]);
  });

  it('matches cloud findings by resource, never by path', () => {
    const cloud: Finding = {
      ...finding(PRIVILEGED.id, '', 'arn:aws:s3:::logs-eu'),
      location: { kind: 'cloud', provider: 'aws', account: '123', resourceId: 'arn:aws:s3:::logs-eu' },
    };
    const filtered = applyFilters(report([cloud]), {
      config: config({
        suppressions: [
          { rule: PRIVILEGED.id, paths: ['**'], reason: 'by path' },
          { rule: PRIVILEGED.id, resources: ['arn:aws:s3:::logs-*'], reason: 'by resource' },
        ],
      }),
      today: TODAY,
    });
    expect(filtered.findings[0]?.suppression?.reason).toBe('by resource');
  });

  it('works end to end: .cloudgate.yml read from the tree, applied to a real scan', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cloudgate-filters-'));
    try {
      mkdirSync(path.join(root, 'legacy'));
      const pod = (name: string) =>
        `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n`;
      writeFileSync(path.join(root, 'legacy', 'old.yaml'), pod('old'));
      writeFileSync(path.join(root, 'new.yaml'), pod('new'));
      writeFileSync(
        path.join(root, '.cloudgate.yml'),
        'severity:\n  k8s-privileged-container: high\nsuppressions:\n  - rule: k8s-privileged-container\n    paths: [legacy/]\n    reason: retired next quarter\n',
      );
      const { config: loaded } = loadConfig(root, undefined, {
        knownRuleIds: ruleIdsAndAliases([privilegedContainer]),
      });
      const scanned = scanIac({ root, rules: [privilegedContainer], exclude: loaded.exclude }).report;
      const filtered = applyFilters(scanned, { config: loaded, today: TODAY });
      expect(
        filtered.findings.map((item) => [item.resource, item.severity, item.suppression?.source]),
      ).toEqual([
        ['Pod/default/old', 'high', '.cloudgate.yml:4'],
        ['Pod/default/new', 'high', undefined],
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('suppression matching pieces', () => {
  it('turns resource globs into anchored patterns with literal dots', () => {
    expect(resourceGlob('aws_s3_bucket.log?').test('aws_s3_bucket.logs')).toBe(true);
    expect(resourceGlob('aws_s3_bucket.logs').test('aws_s3_bucketXlogs')).toBe(false);
    expect(resourceGlob('Deployment/*').test('Deployment/shop/web')).toBe(true);
    expect(resourceGlob('Deployment/shop').test('Deployment/shop/web')).toBe(false);
  });

  it('expires after the end of the given day (UTC)', () => {
    expect(hasExpired('2025-05-10', new Date('2025-05-10T23:59:59Z'))).toBe(false);
    expect(hasExpired('2025-05-10', new Date('2025-05-11T00:00:00Z'))).toBe(true);
    expect(hasExpired(undefined, TODAY)).toBe(false);
  });
});
