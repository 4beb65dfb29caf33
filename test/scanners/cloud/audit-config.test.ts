import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../../src/core/config';
import { applyAuditConfig } from '../../../src/pipeline/audit-config';
import { startGcpHarness, type GcpHarness } from './gcp/gcp-harness';

const FIREWALL = (name: string, port: string) => ({
  name,
  direction: 'INGRESS',
  sourceRanges: ['0.0.0.0/0'],
  allowed: [{ IPProtocol: 'tcp', ports: [port] }],
  selfLink: `https://www.googleapis.com/compute/v1/projects/shop-prod/global/firewalls/${name}`,
});

describe('.cloudgate.yml applied to a live audit (loopback GCP)', () => {
  let harness: GcpHarness;
  let dir: string;
  beforeAll(async () => {
    harness = await startGcpHarness({
      projects: [
        {
          projectId: 'shop-prod',
          projectNumber: '555000111222',
          resources: {
            'compute/v1/projects/shop-prod/global/firewalls': {
              items: [FIREWALL('bastion-ssh', '22'), FIREWALL('legacy-rdp', '3389')],
            },
          },
        },
      ],
      expectations: [],
    });
  });
  afterAll(() => harness.close());
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cloudgate-audit-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const audit = () => harness.audit({ rules: undefined });

  it('suppresses by check and resource glob, with the reason kept, and overrides severities', async () => {
    writeFileSync(
      path.join(dir, '.cloudgate.yml'),
      [
        'severity:',
        '  gcp-audit-firewall-admin-ports-open: high',
        'suppressions:',
        '  - rule: gcp-audit-firewall-admin-ports-open',
        "    resources: ['*/firewalls/bastion-*']",
        '    reason: the bastion is reached through IAP only; the rule is scheduled for removal',
        "    expires: '2099-01-31'",
        '',
      ].join('\n'),
    );
    const raw = (await audit()).report;
    const firewall = raw.findings.filter(
      (finding) => finding.ruleId === 'gcp-audit-firewall-admin-ports-open',
    );
    expect(firewall).toHaveLength(2);
    const report = applyAuditConfig(raw, { root: dir, today: new Date('2026-12-03') });
    const byName = (name: string) =>
      report.findings.find((finding) => finding.resource.endsWith(`/${name}`))!;
    expect(byName('bastion-ssh').suppression?.reason).toContain('reached through IAP only');
    expect(byName('legacy-rdp').suppression).toBeUndefined();
    expect(byName('legacy-rdp').severity).toBe('high');
    expect(raw.findings.every((finding) => finding.suppression === undefined)).toBe(true);
  });

  it('drops the findings of a disabled check and refuses an unknown check id with file and line', async () => {
    writeFileSync(
      path.join(dir, '.cloudgate.yml'),
      'rules:\n  disable: [gcp-audit-firewall-admin-ports-open]\n',
    );
    const report = applyAuditConfig((await audit()).report, { root: dir });
    expect(
      report.findings.filter((finding) => finding.ruleId === 'gcp-audit-firewall-admin-ports-open'),
    ).toEqual([]);

    writeFileSync(
      path.join(dir, '.cloudgate.yml'),
      'rules:\n  disable: [gcp-audit-firewall-admin-port-open]\n',
    );
    let error: unknown;
    try {
      applyAuditConfig((await audit()).report, { root: dir });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(
      /\.cloudgate\.yml:2:\d+: unknown rule id "gcp-audit-firewall-admin-port-open"/,
    );
  });
});
