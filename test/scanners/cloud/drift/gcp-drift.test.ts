import path from 'node:path';
import type { Finding } from '../../../../src/core/finding';
import { describeLocation } from '../../../../src/core/location';
import {
  gcpDriftNeeds,
  readDeclaredInfrastructure,
  type DeclaredInfrastructure,
} from '../../../../src/scanners/cloud/drift/index';
import { GCP_AUDIT_RULES } from '../../../../src/scanners/cloud/rules/gcp/index';
import { cleanProject } from '../../../helpers/gcp-server/seeds/clean-project';
import {
  DRIFT_PROJECT,
  UNMANAGED_BUCKET,
  driftProject,
  driftSeed,
} from '../../../helpers/gcp-server/seeds/drift-project';
import type { GcpSeed } from '../../../helpers/gcp-server/world';
import { startGcpHarness, type GcpHarness } from '../gcp/gcp-harness';

const FIXTURES = path.join(__dirname, '../../../fixtures/drift-gcp');
const P = DRIFT_PROJECT;
const UNMANAGED = `https://www.googleapis.com/storage/v1/b/${UNMANAGED_BUCKET}`;

/** The three differences planted in the drift project, as `rule severity location resource`. */
const PLANTED = [
  'gcp-drift-setting-changed high project/network.tf:24:3 google_compute_firewall.iap_ssh',
  'gcp-drift-setting-changed high project/storage.tf:4:3 google_storage_bucket.assets',
  `gcp-drift-unmanaged-resource medium gcp/${P}/${UNMANAGED} ${UNMANAGED}`,
].sort();

function driftKeys(findings: Finding[]): string[] {
  return findings
    .filter((finding) => finding.ruleId.startsWith('gcp-drift-'))
    .map(
      (finding) =>
        `${finding.ruleId} ${finding.severity} ${describeLocation(finding.location)} ${finding.resource}`,
    )
    .sort();
}

function declared(statePath?: string, project = 'project'): DeclaredInfrastructure {
  return readDeclaredInfrastructure({
    root: FIXTURES,
    iacPath: path.join(FIXTURES, project),
    platform: 'gcp',
    ...(statePath ? { statePath: path.join(FIXTURES, statePath) } : {}),
  });
}

describe('drift between a Terraform project and a live Google Cloud project (loopback GCP)', () => {
  let harness: GcpHarness;

  async function start(seed: GcpSeed = driftSeed()): Promise<GcpHarness> {
    await harness?.close();
    harness = await startGcpHarness(seed);
    return harness;
  }
  afterAll(async () => harness?.close());

  it('reads only the Google resources of the code, and the project from the state', () => {
    const infrastructure = declared('state.json');
    expect(infrastructure.account).toBe(P);
    expect(
      infrastructure.resources.map((resource) => resource.type).every((type) => type.startsWith('google_')),
    ).toBe(true);
    expect(infrastructure.resources.filter((resource) => resource.state).length).toBe(8);
    expect(gcpDriftNeeds(infrastructure)).toEqual([
      'bucketPolicies',
      'buckets',
      'firewalls',
      'sqlInstances',
      'subnetworks',
    ]);
    expect(declared().account).toBeUndefined();
    // The platform decides which resources are read: AWS by default, as before.
    expect(readDeclaredInfrastructure({ iacPath: path.join(FIXTURES, 'project') }).resources).toEqual([]);
    const aws = path.join(__dirname, '../../../fixtures/drift/project');
    expect(readDeclaredInfrastructure({ iacPath: aws, platform: 'gcp' }).resources).toEqual([]);
    expect(readDeclaredInfrastructure({ iacPath: aws }).resources.length).toBeGreaterThan(0);
  });

  it('reports exactly the two hand-made changes and the console-made bucket, with the state', async () => {
    await start();
    const result = await harness.audit({ projectIds: [P], rules: [], drift: declared('state.json') });
    expect(driftKeys(result.report.findings)).toEqual(PLANTED);
    expect(result.report.notices).toEqual([]);
    const messages = result.report.findings.map((finding) => finding.message).join('\n');
    expect(messages).toContain('uniform_bucket_level_access is true in the code but false live');
    expect(messages).toContain('source_ranges is [35.235.240.0/20] in the code but [0.0.0.0/0] live');
    expect(messages).toContain(`in project ${P} is not managed by the Terraform project`);
    expect(result.report.rules.map((rule) => rule.id).sort()).toEqual([
      'gcp-drift-setting-changed',
      'gcp-drift-unmanaged-resource',
    ]);
    // Only the datasets of the declared kinds are read: no IAM, service account or GKE calls.
    const called = harness.server.world.calls.map((call) => call.path);
    expect(called.some((call) => call.includes('/firewalls'))).toBe(true);
    expect(called.some((call) => /serviceAccounts|clusters|getIamPolicy|datasets/.test(call))).toBe(false);
  });

  it('matches by literal names when there is no state, with the same findings', async () => {
    await start();
    const infrastructure = declared();
    expect(infrastructure.hasState).toBe(false);
    const result = await harness.audit({ projectIds: [P], rules: [], drift: infrastructure });
    expect(driftKeys(result.report.findings)).toEqual(PLANTED);
    expect(result.report.notices).toEqual([]);
  });

  it('runs beside the audit checks, whose findings and fingerprints it leaves alone', async () => {
    await start();
    const plain = await harness.audit({ projectIds: [P] });
    const withDrift = await harness.audit({ projectIds: [P], drift: declared('state.json') });
    const again = await harness.audit({ projectIds: [P], drift: declared('state.json') });
    expect(driftKeys(withDrift.report.findings)).toEqual(PLANTED);
    const audit = (findings: Finding[]) =>
      findings
        .filter((finding) => !finding.ruleId.startsWith('gcp-drift-'))
        .map((finding) => finding.fingerprint);
    expect(audit(withDrift.report.findings)).toEqual(audit(plain.report.findings));
    const drift = (findings: Finding[]) =>
      findings
        .filter((finding) => finding.ruleId.startsWith('gcp-drift-'))
        .map((finding) => finding.fingerprint)
        .sort();
    expect(drift(again.report.findings)).toEqual(drift(withDrift.report.findings));
    expect(withDrift.report.stats.rulesRun).toBe(GCP_AUDIT_RULES.length + 3);
    // The opened SSH rule is also an audit finding of its own.
    expect(withDrift.report.findings.map((finding) => finding.ruleId)).toContain(
      'gcp-audit-firewall-admin-ports-open',
    );
  });

  it('makes a comparison whose list was refused (HTTP 403) "not assessed", never a finding', async () => {
    await start();
    harness.server.world.faults = [
      { path: /\/global\/firewalls$/, status: 403, reason: 'PERMISSION_DENIED' },
    ];
    const result = await harness.audit({ projectIds: [P], rules: [], drift: declared('state.json') });
    expect(driftKeys(result.report.findings)).toEqual(PLANTED.filter((key) => !key.includes('network.tf')));
    expect(result.report.notices).toEqual([
      expect.objectContaining({
        kind: 'not-assessed',
        ruleId: 'gcp-drift-setting-changed',
        message: expect.stringMatching(
          new RegExp(`^drift of firewall rules in project ${P} was not assessed: .*403`),
        ),
      }),
    ]);
  });

  it('leaves a declaration whose name is known only after apply alone', async () => {
    await start();
    const result = await harness.audit({
      projectIds: [P],
      rules: [],
      drift: declared(undefined, 'unknown-name'),
    });
    expect(driftKeys(result.report.findings)).toEqual([]);
    expect(result.report.notices).toEqual([
      expect.objectContaining({
        kind: 'not-assessed',
        ruleId: 'gcp-drift-unmanaged-resource',
        message: expect.stringContaining('google_storage_bucket.uploads cannot be recognised live'),
      }),
    ]);
  });

  it('reports a public grant nobody declared, and a declared bucket that is gone', async () => {
    const project = driftProject();
    const resources = project.resources as Record<string, { items?: { name: string }[] }>;
    const buckets = resources['storage/v1/b']!;
    buckets.items = buckets.items!.filter((bucket) => bucket.name !== `${P}-audit-logs`);
    project.resources[`storage/v1/b/${P}-assets/iam`] = {
      version: 1,
      bindings: [{ role: 'roles/storage.objectViewer', members: ['group:web-team@example.com', 'allUsers'] }],
    };
    await start({ projects: [project], expectations: [] });
    const result = await harness.audit({ projectIds: [P], rules: [], drift: declared('state.json') });
    const keys = driftKeys(result.report.findings);
    expect(keys).toContain(
      'gcp-drift-missing-resource medium project/storage.tf:18:1 google_storage_bucket.audit_logs',
    );
    const assets = result.report.findings.find(
      (finding) => finding.resource === 'google_storage_bucket.assets',
    );
    expect(assets?.message).toContain(
      'iam roles/storage.objectViewer is not granted to allUsers in the code but granted to allUsers live',
    );
    expect(assets?.severity).toBe('high');
  });

  it('compares subnets and Cloud SQL: flow logs turned off, an authorised network and backups off', async () => {
    const project = driftProject();
    const subnets = project.resources[`compute/v1/projects/${P}/aggregated/subnetworks`] as {
      items: Record<string, { subnetworks?: Record<string, unknown>[] }>;
    };
    delete subnets.items['regions/europe-west1']!.subnetworks![0]!.logConfig;
    const sql = project.resources[`v1/projects/${P}/instances`] as {
      items: {
        settings: { ipConfiguration: Record<string, unknown>; backupConfiguration: Record<string, unknown> };
      }[];
    };
    sql.items[0]!.settings.ipConfiguration.authorizedNetworks = [{ name: 'anywhere', value: '0.0.0.0/0' }];
    sql.items[0]!.settings.backupConfiguration.enabled = false;
    await start({ projects: [project], expectations: [] });
    const result = await harness.audit({ projectIds: [P], rules: [], drift: declared('state.json') });
    const subnet = result.report.findings.find(
      (finding) => finding.resource === 'google_compute_subnetwork.app',
    );
    expect(subnet && describeLocation(subnet.location)).toBe('project/network.tf:13:3');
    expect(subnet?.message).toContain('log_config is flow logs on in the code but flow logs off live');
    const orders = result.report.findings.find(
      (finding) => finding.resource === 'google_sql_database_instance.orders',
    );
    expect(orders?.severity).toBe('high');
    expect(orders?.message).toContain('backup_configuration.enabled is true in the code but false live');
    expect(orders?.message).toContain('authorized_networks is empty in the code but [0.0.0.0/0] live');
  });

  it('says drift was not assessed when the project is unknown and several are audited', async () => {
    await start({ projects: [driftProject(), cleanProject()], expectations: [] });
    const result = await harness.audit({ projectIds: [P, 'payments-prod'], rules: [], drift: declared() });
    expect(driftKeys(result.report.findings)).toEqual([]);
    expect(result.report.notices).toEqual([
      expect.objectContaining({
        kind: 'not-assessed',
        ruleId: 'gcp-drift-setting-changed',
        message: expect.stringMatching(/^drift was not assessed: the Terraform project's project is unknown/),
      }),
    ]);
    const named = await harness.audit({
      projectIds: [P, 'payments-prod'],
      rules: [],
      drift: declared('state.json'),
    });
    expect(driftKeys(named.report.findings)).toEqual(PLANTED);
  });
});
