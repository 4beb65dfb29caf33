import path from 'node:path';
import type { Finding } from '../../../../src/core/finding';
import { describeLocation } from '../../../../src/core/location';
import { readDeclaredInfrastructure } from '../../../../src/scanners/cloud/drift/index';
import type { DeclaredInfrastructure } from '../../../../src/scanners/cloud/drift/index';
import { AWS_AUDIT_RULES } from '../../../../src/scanners/cloud/rules/aws/index';
import { SEED_NOW } from '../../../helpers/aws-server/seeds/builders';
import { AUDIT_ROLE } from '../../../helpers/aws-server/seeds/clean-account';
import { MANAGEMENT_ACCOUNT, organization } from '../../../helpers/aws-server/seeds/organization';
import {
  DRIFT_ACCOUNT,
  DRIFT_REGION,
  UNMANAGED_GROUP,
  driftAccount,
} from '../../../helpers/aws-server/seeds/drift-account';
import { startAwsServer, type AwsServer } from '../../../helpers/aws-server/server';
import { runAudit, staticCredentials } from '../audit-harness';

const FIXTURES = path.join(__dirname, '../../../fixtures/drift');
const UNMANAGED_ARN = `arn:aws:ec2:${DRIFT_REGION}:${DRIFT_ACCOUNT}:security-group/${UNMANAGED_GROUP}`;

/** The three differences planted in the drift account, as `rule severity location resource`. */
const PLANTED = [
  `aws-drift-setting-changed high project/network.tf:22:3 aws_security_group.bastion`,
  `aws-drift-setting-changed high project/storage.tf:8:3 aws_s3_bucket_public_access_block.app`,
  `aws-drift-unmanaged-resource medium aws/${DRIFT_ACCOUNT}/${DRIFT_REGION}/${UNMANAGED_ARN} ${UNMANAGED_ARN}`,
].sort();

function driftKeys(findings: Finding[]): string[] {
  return findings
    .filter((finding) => finding.ruleId.startsWith('aws-drift-'))
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
    ...(statePath ? { statePath: path.join(FIXTURES, statePath) } : {}),
  });
}

describe('drift between the Terraform project and the live account (loopback AWS)', () => {
  let server: AwsServer;
  const account = driftAccount();
  const credentials = staticCredentials(account);

  beforeAll(async () => {
    server = await startAwsServer({ accounts: [account], clock: () => SEED_NOW });
  });
  afterAll(() => server.close());
  afterEach(() => {
    server.world.faults = {};
  });

  it('reports exactly the two hand-made changes and the console-made group, with the state', async () => {
    const before = server.world.calls.length;
    const result = await runAudit(server, { credentials, rules: [], drift: declared('state.json') });
    // Only the datasets of the declared kinds are collected: no calls for services the project does not use.
    const operations = new Set(server.world.calls.slice(before).map((call) => call.operation));
    for (const used of [
      'DescribeSecurityGroups',
      'GetBucketVersioning',
      'GetKeyRotationStatus',
      'DescribeTrails',
    ])
      expect([used, operations.has(used)]).toEqual([used, true]);
    for (const unused of ['GetCredentialReport', 'DescribeInstances', 'ListDetectors', 'GetBucketAcl'])
      expect([unused, operations.has(unused)]).toEqual([unused, false]);
    expect(driftKeys(result.report.findings)).toEqual(PLANTED);
    expect(result.report.notices).toEqual([]);
    const messages = result.report.findings.map((finding) => finding.message).join('\n');
    expect(messages).toContain('block_public_policy is true in the code but false live');
    expect(messages).toContain(
      'ingress tcp 22 is open from 10.20.0.0/16 in the code but open from 0.0.0.0/0 live',
    );
    expect(messages).toContain('hotfix-debug');
    expect(result.report.rules.map((rule) => rule.id).sort()).toEqual([
      'aws-drift-setting-changed',
      'aws-drift-unmanaged-resource',
    ]);
  });

  it('reads the state from the prior state of a plan just the same', async () => {
    const result = await runAudit(server, { credentials, rules: [], drift: declared('plan.json') });
    expect(driftKeys(result.report.findings)).toEqual(PLANTED);
  });

  it('matches by literal names and descriptions when there is no state', async () => {
    const infrastructure = declared();
    expect(infrastructure.hasState).toBe(false);
    const result = await runAudit(server, { credentials, rules: [], drift: infrastructure });
    expect(driftKeys(result.report.findings)).toEqual(PLANTED);
    expect(result.report.notices).toEqual([]);
  });

  it('runs beside the audit checks, whose findings and fingerprints it leaves alone', async () => {
    const plain = await runAudit(server, { credentials, rules: AWS_AUDIT_RULES });
    const withDrift = await runAudit(server, {
      credentials,
      rules: AWS_AUDIT_RULES,
      drift: declared('state.json'),
    });
    expect(driftKeys(withDrift.report.findings)).toEqual(PLANTED);
    const audit = (findings: Finding[]) =>
      findings
        .filter((finding) => !finding.ruleId.startsWith('aws-drift-'))
        .map((finding) => finding.fingerprint);
    expect(audit(withDrift.report.findings)).toEqual(audit(plain.report.findings));
    // The opened SSH rule is also an audit finding of its own.
    expect(withDrift.report.findings.map((finding) => finding.ruleId)).toContain(
      'aws-audit-ec2-sg-admin-ports-open-ipv4',
    );
    const again = await runAudit(server, { credentials, rules: [], drift: declared('state.json') });
    const fingerprints = (findings: Finding[]) =>
      findings
        .filter((finding) => finding.ruleId.startsWith('aws-drift-'))
        .map((finding) => finding.fingerprint);
    expect(fingerprints(again.report.findings).sort()).toEqual(
      fingerprints(withDrift.report.findings).sort(),
    );
  });

  it('makes a comparison whose data was denied "not assessed", never a finding', async () => {
    // The loopback server names both the bucket and the account call s3 GetPublicAccessBlock: both are denied.
    server.world.faults = {
      deny: (call) => call.service === 's3' && call.operation === 'GetPublicAccessBlock',
    };
    const result = await runAudit(server, { credentials, rules: [], drift: declared('state.json') });
    expect(driftKeys(result.report.findings)).toEqual(
      PLANTED.filter((key) => !key.includes('aws_s3_bucket_public_access_block')),
    );
    expect(result.report.notices).toEqual([
      expect.objectContaining({
        kind: 'not-assessed',
        ruleId: 'aws-drift-setting-changed',
        message: expect.stringMatching(
          /^drift of aws_s3_bucket_public_access_block\.app in account 400000000004 was not assessed: .*AccessDenied/,
        ),
      }),
      expect.objectContaining({
        kind: 'not-assessed',
        ruleId: 'aws-drift-setting-changed',
        message: expect.stringMatching(
          /^drift of the account public access block in account 400000000004 was not assessed: .*AccessDenied/,
        ),
      }),
    ]);
    expect(result.report.findings.some((finding) => finding.message.includes('public access'))).toBe(false);
  });

  it('does not guess for a group list it could not read: no unmanaged group, no group drift', async () => {
    server.world.faults = { deny: (call) => call.operation === 'DescribeSecurityGroups' };
    const result = await runAudit(server, { credentials, rules: [], drift: declared('state.json') });
    expect(driftKeys(result.report.findings)).toEqual([PLANTED.find((key) => key.includes('storage.tf'))]);
    expect(result.report.notices.map((notice) => notice.message)).toEqual([
      expect.stringMatching(/^drift of security groups in account 400000000004, eu-west-1 was not assessed/),
      expect.stringMatching(/^drift of security groups in account 400000000004, us-east-1 was not assessed/),
    ]);
  });

  it('leaves a declaration whose name is known only after apply alone', async () => {
    const result = await runAudit(server, {
      credentials,
      rules: [],
      drift: declared(undefined, 'unknown-name'),
    });
    expect(driftKeys(result.report.findings)).toEqual([]);
    expect(result.report.notices).toEqual([
      expect.objectContaining({
        kind: 'not-assessed',
        ruleId: 'aws-drift-unmanaged-resource',
        message: expect.stringContaining('aws_s3_bucket.uploads cannot be recognised live'),
      }),
    ]);
  });
});

describe('drift in an audit of several accounts (loopback AWS)', () => {
  let server: AwsServer;
  const org = organization(2, ['us-east-1', DRIFT_REGION]);
  const member = driftAccount();
  member.stsRoles = [{ name: AUDIT_ROLE, trustedAccounts: [MANAGEMENT_ACCOUNT] }];
  const management = org.accounts[0]!;

  beforeAll(async () => {
    server = await startAwsServer({
      accounts: [...org.accounts, member],
      organization: { ...org.organization, members: [...org.organization.members, member.id] },
      clock: () => SEED_NOW,
    });
  });
  afterAll(() => server.close());

  const audit = (drift: DeclaredInfrastructure) =>
    runAudit(server, {
      credentials: staticCredentials(management),
      organizationRole: AUDIT_ROLE,
      rules: [],
      drift,
    });

  it('compares the project with the one account its state names, and no other', async () => {
    const result = await audit(declared('state.json'));
    expect(result.coverage.map((entry) => entry.account)).toContain(DRIFT_ACCOUNT);
    expect(result.coverage.length).toBe(3);
    expect(driftKeys(result.report.findings)).toEqual(PLANTED);
    expect(result.report.notices).toEqual([]);
  });

  it('says drift was not assessed when the account is unknown and several are audited', async () => {
    const result = await audit(declared());
    expect(driftKeys(result.report.findings)).toEqual([]);
    expect(result.report.notices).toEqual([
      expect.objectContaining({
        kind: 'not-assessed',
        message: expect.stringMatching(/^drift was not assessed: the Terraform project's account is unknown/),
      }),
    ]);
  });
});
