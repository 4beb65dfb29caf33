import type { AccountSeed } from '../seed';
import { FULL_BLOCK, STRONG_PASSWORD_POLICY, bucket, newAccount, region, trail } from './builders';
import { kmsKey } from './services';

export const DRIFT_ACCOUNT = '400000000004';
export const DRIFT_REGION = 'eu-west-1';
export const DRIFT_BUCKET = 'cloudgate-drift-app-data';
export const DRIFT_VPC = 'vpc-0d41f7000000eu01';
export const BASTION_GROUP = 'sg-0bastion000000001';
export const INTERNAL_API_GROUP = 'sg-0internalapi00001';
export const UNMANAGED_GROUP = 'sg-0hotfix0000000001';
export const DATA_KEY = '5d1f0c2e-4000-4000-8000-00000000d001';

function permission(port: number, cidrs: string[], description = '') {
  return {
    ipProtocol: 'tcp',
    fromPort: port,
    toPort: port,
    ipRanges: cidrs.map((cidrIp) => ({ cidrIp, ...(description ? { description } : {}) })),
    ipv6Ranges: [],
    groups: [],
    prefixListIds: [],
  };
}

function group(id: string, name: string, vpc: string, ingress: Record<string, unknown>[], tags = {}) {
  return {
    ownerId: DRIFT_ACCOUNT,
    groupId: id,
    groupName: name,
    groupDescription: name,
    vpcId: vpc,
    ipPermissions: ingress,
    ipPermissionsEgress: [],
    tagSet: Object.entries(tags).map(([key, value]) => ({ key, value })),
  };
}

/**
 * The live side of test/fixtures/drift/project: everything as the code declares it, except two changes made
 * by hand (the bucket's public access block lets public policies through; the bastion's SSH rule was
 * opened to the internet) and one security group created in the console. Default VPCs and their default
 * groups, and an AWS managed key, exist as AWS creates them and must not count as unmanaged.
 */
export function driftAccount(): AccountSeed {
  const account = newAccount(DRIFT_ACCOUNT, ['us-east-1', DRIFT_REGION]);
  account.iam.passwordPolicy = { ...STRONG_PASSWORD_POLICY };
  account.s3.accountBlock = { ...FULL_BLOCK };
  account.s3.buckets = [
    bucket(DRIFT_BUCKET, DRIFT_REGION, {
      publicAccessBlock: { ...FULL_BLOCK, BlockPublicPolicy: false },
      encryption: 'aws:kms',
      versioning: { status: 'Enabled', mfaDelete: false },
    }),
  ];
  for (const name of ['us-east-1', DRIFT_REGION]) {
    const seed = region(account, name);
    const defaultVpc = `vpc-default-${name}`;
    seed.vpcs.push({ vpcId: defaultVpc, state: 'available', cidrBlock: '172.31.0.0/16', isDefault: true });
    seed.securityGroups.push(group(`sg-default-${name}`, 'default', defaultVpc, []));
    seed.kmsKeys.push({
      metadata: kmsKey(DRIFT_ACCOUNT, name, name === DRIFT_REGION ? 'e2' : 'e1', {
        KeyManager: 'AWS',
        Description: 'Default key that protects my EBS volumes when no other key is defined',
      }),
      rotation: true,
    });
  }
  const seed = region(account, DRIFT_REGION);
  seed.vpcs.push({ vpcId: DRIFT_VPC, state: 'available', cidrBlock: '10.20.0.0/16', isDefault: false });
  seed.securityGroups.push(
    group(`sg-default-${DRIFT_VPC}`, 'default', DRIFT_VPC, []),
    group(
      BASTION_GROUP,
      'bastion',
      DRIFT_VPC,
      [permission(22, ['0.0.0.0/0'], 'SSH from the corporate network')],
      {
        Name: 'bastion',
      },
    ),
    group(INTERNAL_API_GROUP, 'internal-api', DRIFT_VPC, [
      permission(443, ['10.20.0.0/16'], 'HTTPS from the VPC'),
      permission(8443, ['10.20.5.0/24']),
    ]),
    group(UNMANAGED_GROUP, 'hotfix-debug', DRIFT_VPC, [permission(8080, ['10.20.0.0/16'])]),
  );
  seed.kmsKeys.push({
    metadata: {
      ...kmsKey(DRIFT_ACCOUNT, DRIFT_REGION, 'd1', { Description: 'cloudgate drift app data' }),
      KeyId: DATA_KEY,
      Arn: `arn:aws:kms:${DRIFT_REGION}:${DRIFT_ACCOUNT}:key/${DATA_KEY}`,
    },
    rotation: true,
  });
  seed.ebsEncryptionByDefault = true;
  seed.trails.push(trail(DRIFT_ACCOUNT, DRIFT_REGION, 'account-activity', { S3BucketName: DRIFT_BUCKET }));
  return account;
}
