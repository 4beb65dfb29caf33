import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding } from '../../../../src/core/finding';
import { describeLocation } from '../../../../src/core/location';
import { readDeclaredInfrastructure } from '../../../../src/scanners/cloud/drift/index';
import type { AccountSeed } from '../../../helpers/aws-server/seed';
import { SEED_NOW, bucket, region, trail } from '../../../helpers/aws-server/seeds/builders';
import {
  DRIFT_ACCOUNT,
  DRIFT_BUCKET,
  DRIFT_REGION,
  DRIFT_VPC,
  INTERNAL_API_GROUP,
  UNMANAGED_GROUP,
  driftAccount,
} from '../../../helpers/aws-server/seeds/drift-account';
import { kmsKey } from '../../../helpers/aws-server/seeds/services';
import { startAwsServer, type AwsServer } from '../../../helpers/aws-server/server';
import { runAudit, staticCredentials } from '../audit-harness';

const FIXTURES = path.join(__dirname, '../../../fixtures/drift');
const DECLARED = readDeclaredInfrastructure({
  root: FIXTURES,
  iacPath: path.join(FIXTURES, 'project'),
  statePath: path.join(FIXTURES, 'state.json'),
});

/** The seed's own two drifts and unmanaged group, removed so each case shows only its own change. */
function matchingAccount(): AccountSeed {
  const account = driftAccount();
  const live = region(account, DRIFT_REGION);
  live.securityGroups = live.securityGroups.filter((group) => group.groupId !== UNMANAGED_GROUP);
  const bastion = live.securityGroups.find((group) => group.groupName === 'bastion')!;
  (bastion.ipPermissions as { ipRanges: { cidrIp: string }[] }[])[0]!.ipRanges = [{ cidrIp: '10.20.0.0/16' }];
  account.s3.buckets[0]!.publicAccessBlock!.BlockPublicPolicy = true;
  return account;
}

function keys(findings: Finding[]): string[] {
  return findings
    .map(
      (finding) =>
        `${finding.ruleId} ${finding.severity} ${describeLocation(finding.location)} ${finding.resource}`,
    )
    .sort();
}

describe('drift per kind of resource (loopback AWS)', () => {
  let server: AwsServer;
  let account: AccountSeed;

  beforeAll(async () => {
    server = await startAwsServer({ accounts: [matchingAccount()], clock: () => SEED_NOW });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    account = matchingAccount();
    server.world.accounts.set(DRIFT_ACCOUNT, account);
  });

  const audit = () =>
    runAudit(server, { credentials: staticCredentials(account), rules: [], drift: DECLARED });

  it('finds nothing when the account is exactly what the code declares', async () => {
    const result = await audit();
    expect(keys(result.report.findings)).toEqual([]);
    expect(result.report.notices).toEqual([]);
  });

  it.each<[string, (seed: AccountSeed) => void, string, RegExp]>([
    [
      'versioning suspended',
      (seed) => (seed.s3.buckets[0]!.versioning.status = 'Suspended'),
      'aws-drift-setting-changed high project/storage.tf:17:5 aws_s3_bucket_versioning.app',
      /versioning_configuration\.status is "Enabled" in the code but "Suspended" live/,
    ],
    [
      'default encryption weakened',
      (seed) => (seed.s3.buckets[0]!.encryption = 'AES256'),
      'aws-drift-setting-changed high project/storage.tf:26:7 aws_s3_bucket_server_side_encryption_configuration.app',
      /sse_algorithm is "aws:kms" in the code but "AES256" live/,
    ],
    [
      'password policy made stricter by hand',
      (seed) => (seed.iam.passwordPolicy!.MinimumPasswordLength = 20),
      'aws-drift-setting-changed medium project/account.tf:2:3 aws_iam_account_password_policy.strict',
      /minimum_password_length is 14 in the code but 20 live/,
    ],
    [
      'password policy loosened',
      (seed) => (seed.iam.passwordPolicy!.RequireSymbols = false),
      'aws-drift-setting-changed high project/account.tf:6:3 aws_iam_account_password_policy.strict',
      /require_symbols is true in the code but false live/,
    ],
    [
      'password policy deleted',
      (seed) => (seed.iam.passwordPolicy = null),
      'aws-drift-missing-resource high project/account.tf:1:1 aws_iam_account_password_policy.strict',
      /account 400000000004 has none/,
    ],
    [
      'account public access block removed',
      (seed) => (seed.s3.accountBlock = null),
      'aws-drift-setting-changed high project/account.tf:12:3 aws_s3_account_public_access_block.account',
      /block_public_acls is true in the code but false live; block_public_policy/,
    ],
    [
      'EBS encryption by default turned off',
      (seed) => (region(seed, DRIFT_REGION).ebsEncryptionByDefault = false),
      'aws-drift-setting-changed high project/account.tf:19:3 aws_ebs_encryption_by_default.on',
      /enabled is true in the code but false live/,
    ],
    [
      'trail stopped and made single-region',
      (seed) => {
        const live = region(seed, DRIFT_REGION).trails[0]!;
        live.status.IsLogging = false;
        live.IsMultiRegionTrail = false;
      },
      'aws-drift-setting-changed high project/account.tf:25:3 aws_cloudtrail.activity',
      /enable_logging is true in the code but false live; is_multi_region_trail is true/,
    ],
    [
      'key rotation turned off',
      (seed) =>
        (region(seed, DRIFT_REGION).kmsKeys.find((key) => key.metadata.KeyManager === 'CUSTOMER')!.rotation =
          false),
      'aws-drift-setting-changed high project/storage.tf:35:3 aws_kms_key.data',
      /enable_key_rotation is true in the code but false live/,
    ],
    [
      'a declared rule removed by hand',
      (seed) => {
        const group = region(seed, DRIFT_REGION).securityGroups.find(
          (entry) => entry.groupId === INTERNAL_API_GROUP,
        )!;
        group.ipPermissions = (group.ipPermissions as { fromPort: number }[]).filter(
          (entry) => entry.fromPort !== 8443,
        );
      },
      'aws-drift-setting-changed medium project/network.tf:45:3 aws_security_group.internal_api',
      /ingress tcp 8443 is open from 10\.20\.5\.0\/24 in the code but closed live/,
    ],
    [
      'a port opened in a group with inline rules',
      (seed) => {
        const group = region(seed, DRIFT_REGION).securityGroups.find(
          (entry) => entry.groupId === INTERNAL_API_GROUP,
        )!;
        (group.ipPermissions as unknown[]).push({
          ipProtocol: '-1',
          ipRanges: [{ cidrIp: '0.0.0.0/0' }],
          ipv6Ranges: [],
          groups: [],
          prefixListIds: [],
        });
      },
      'aws-drift-setting-changed high project/network.tf:30:3 aws_security_group.internal_api',
      /ingress all traffic is closed in the code but open from 0\.0\.0\.0\/0 live/,
    ],
    [
      'the bucket deleted (its configurations are left to the bucket)',
      (seed) => (seed.s3.buckets = []),
      'aws-drift-missing-resource medium project/storage.tf:1:1 aws_s3_bucket.app',
      /declares bucket cloudgate-drift-app-data, which does not exist/,
    ],
  ])('%s', async (_name, change, expected, message) => {
    change(account);
    const result = await audit();
    expect(keys(result.report.findings)).toEqual([expected]);
    expect(result.report.findings[0]!.message).toMatch(message);
    expect(result.report.notices).toEqual([]);
  });

  it('reports unmanaged buckets, trails and customer keys, but not what AWS services create', async () => {
    account.s3.buckets.push(
      bucket('legacy-exports', DRIFT_REGION),
      bucket(`cf-templates-1a2b3c-${DRIFT_REGION}`, DRIFT_REGION),
    );
    region(account, DRIFT_REGION).trails.push(trail(DRIFT_ACCOUNT, DRIFT_REGION, 'console-trail'));
    region(account, DRIFT_REGION).kmsKeys.push({
      metadata: kmsKey(DRIFT_ACCOUNT, DRIFT_REGION, 'f1', { Description: 'made in the console' }),
      rotation: true,
    });
    region(account, 'us-east-1').kmsKeys.push({
      metadata: kmsKey(DRIFT_ACCOUNT, 'us-east-1', 'f2', {}),
      rotation: true,
    });
    region(account, DRIFT_REGION).securityGroups.push({
      ownerId: DRIFT_ACCOUNT,
      groupId: 'sg-0eksnodes00000001',
      groupName: 'eks-cluster-sg-prod',
      groupDescription: 'EKS created security group',
      vpcId: DRIFT_VPC,
      ipPermissions: [],
      ipPermissionsEgress: [],
      tagSet: [{ key: 'aws:eks:cluster-name', value: 'prod' }],
    });
    const result = await audit();
    const key = `0b1c2d3e-0000-4000-8000-0000000000f1`;
    expect(keys(result.report.findings)).toEqual(
      [
        `aws-drift-unmanaged-resource medium aws/${DRIFT_ACCOUNT}/${DRIFT_REGION}/arn:aws:s3:::legacy-exports arn:aws:s3:::legacy-exports`,
        `aws-drift-unmanaged-resource medium aws/${DRIFT_ACCOUNT}/${DRIFT_REGION}/arn:aws:cloudtrail:${DRIFT_REGION}:${DRIFT_ACCOUNT}:trail/console-trail arn:aws:cloudtrail:${DRIFT_REGION}:${DRIFT_ACCOUNT}:trail/console-trail`,
        `aws-drift-unmanaged-resource medium aws/${DRIFT_ACCOUNT}/${DRIFT_REGION}/arn:aws:kms:${DRIFT_REGION}:${DRIFT_ACCOUNT}:key/${key} arn:aws:kms:${DRIFT_REGION}:${DRIFT_ACCOUNT}:key/${key}`,
      ].sort(),
    );
    // A key in a region the project does not use is not the project's business.
    expect(result.report.findings.some((finding) => finding.message.includes('us-east-1'))).toBe(false);
  });

  it('counts what only the state knows as managed, and leaves never-applied declarations for later', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'drift-state-'));
    const statePath = path.join(folder, 'state.json');
    const state = JSON.parse(readFileSync(path.join(FIXTURES, 'state.json'), 'utf8'));
    state.values.root_module.child_modules = [
      {
        address: 'module.exports',
        resources: [
          {
            address: 'module.exports.aws_s3_bucket.this',
            mode: 'managed',
            type: 'aws_s3_bucket',
            name: 'this',
            values: { id: 'legacy-exports', bucket: 'legacy-exports', arn: 'arn:aws:s3:::legacy-exports' },
          },
        ],
      },
    ];
    writeFileSync(statePath, JSON.stringify(state));
    try {
      const declared = readDeclaredInfrastructure({
        root: FIXTURES,
        iacPath: path.join(FIXTURES, 'unknown-name'),
        statePath,
      });
      expect(declared.stateOnly.map((entry) => entry.address)).toContain('module.exports.aws_s3_bucket.this');
      account.s3.buckets.push(bucket('legacy-exports', DRIFT_REGION), bucket('made-by-hand', DRIFT_REGION));
      const result = await runAudit(server, {
        credentials: staticCredentials(account),
        rules: [],
        drift: declared,
      });
      expect(keys(result.report.findings)).toEqual([
        `aws-drift-unmanaged-resource medium aws/${DRIFT_ACCOUNT}/${DRIFT_REGION}/arn:aws:s3:::made-by-hand arn:aws:s3:::made-by-hand`,
      ]);
      // aws_s3_bucket.uploads has a name known only after apply and is not in the state: not applied yet.
      expect(result.report.notices).toEqual([]);
      expect(result.report.findings[0]!.message).not.toContain(DRIFT_BUCKET);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
