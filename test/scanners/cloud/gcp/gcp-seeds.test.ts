import { cleanSeed, CLEAN_PROJECT } from '../../../helpers/gcp-server/seeds/clean-project';
import {
  INSECURE_NOW,
  INSECURE_PROJECT,
  insecureSeed,
} from '../../../helpers/gcp-server/seeds/insecure-project';
import { GCP_AUDIT_RULES } from '../../../../src/scanners/cloud/rules/gcp/index';
import { startGcpHarness, type GcpHarness } from './gcp-harness';

const pairs = (findings: { ruleId: string; resource: string }[]) =>
  findings.map((finding) => `${finding.ruleId} ${finding.resource}`).sort();

describe('GCP audit of seeded projects through the real client libraries on loopback', () => {
  let harness: GcpHarness;
  afterEach(async () => harness?.close());

  it('reports nothing and assesses every check in the hardened project', async () => {
    harness = await startGcpHarness(cleanSeed());
    const result = await harness.audit({ clock: () => INSECURE_NOW });
    expect(result.report.notices).toEqual([]);
    expect(pairs(result.report.findings)).toEqual([]);
    const outcomes = result.coverage.find((entry) => entry.scope === CLEAN_PROJECT)?.outcomes;
    expect([...(outcomes?.values() ?? [])].filter((outcome) => outcome !== 'passed')).toEqual([]);
    expect(outcomes?.size).toBe(GCP_AUDIT_RULES.length);
  });

  it('reports exactly the planted misconfigurations of the insecure project', async () => {
    const seed = insecureSeed();
    harness = await startGcpHarness(seed);
    const result = await harness.audit({ clock: () => INSECURE_NOW });
    expect(result.report.notices).toEqual([]);
    expect(pairs(result.report.findings)).toEqual(
      seed.expectations.map((expectation) => `${expectation.check} ${expectation.resource}`).sort(),
    );
    for (const finding of result.report.findings) {
      expect(finding.location).toMatchObject({ kind: 'cloud', provider: 'gcp', account: INSECURE_PROJECT });
      expect(finding.message.length).toBeGreaterThan(20);
    }
  });

  it('writes messages that name the resource, the offending value and any narrowing condition', async () => {
    harness = await startGcpHarness(insecureSeed());
    const result = await harness.audit({ clock: () => INSECURE_NOW });
    const message = (ruleId: string, resourcePart: string) =>
      result.report.findings.find(
        (finding) => finding.ruleId === ruleId && finding.resource.includes(resourcePart),
      )?.message;
    expect(message('gcp-audit-iam-service-account-user-project-level', 'contractors')).toContain(
      'roles/iam.serviceAccountTokenCreator (only when the condition "until contract end" holds)',
    );
    expect(message('gcp-audit-iam-service-account-key-older-than-90-days', '9f1d0c3b7a')).toMatch(
      /created 1329 days ago/,
    );
    expect(message('gcp-audit-logging-audit-config-incomplete', INSECURE_PROJECT)).toBe(
      `Audit logging of project ${INSECURE_PROJECT} is incomplete: DATA_READ not enabled for allServices; members exempted from logging: user:bob@example.com.`,
    );
    expect(message('gcp-audit-sql-open-to-internet', 'legacy-mysql')).toContain('0.0.0.0/0 ("anywhere")');
    expect(message('gcp-audit-kms-key-rotation-over-90-days', 'archive')).toContain('rotates every 365 days');
    expect(message('gcp-audit-storage-bucket-public', 'shared')).toContain(
      'ACL READER to allAuthenticatedUsers',
    );
    const zoned = result.report.findings.find((finding) => finding.ruleId === 'gcp-audit-compute-public-ip');
    expect(zoned?.location).toMatchObject({ region: 'us-central1-a' });
  });
});
