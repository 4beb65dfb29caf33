import type { RegionSeed } from '../seed';

/** Config recording, rotating keys, encrypted private databases and file systems, detectors on. */
export function cleanServices(seed: RegionSeed, account: string, regionName: string): void {
  seed.ebsEncryptionByDefault = true;
  seed.configRecorders = {
    recorders: [
      {
        name: 'default',
        roleARN: `arn:aws:iam::${account}:role/aws-config`,
        recordingGroup: { allSupported: true, includeGlobalResourceTypes: regionName === 'us-east-1' },
      },
    ],
    statuses: [
      { name: 'default', recording: true, lastStatus: 'SUCCESS', lastStartTime: '2026-09-01T00:00:00.000Z' },
    ],
  };
  seed.kmsKeys.push(
    { metadata: kmsKey(account, regionName, 'a1', { KeyManager: 'CUSTOMER' }), rotation: true },
    {
      metadata: kmsKey(account, regionName, 'a2', { KeyManager: 'AWS', Description: 'Default key for EBS' }),
      rotation: true,
    },
  );
  seed.dbInstances.push(dbInstance(account, regionName, `orders-${regionName}`, {}));
  seed.fileSystems.push(fileSystem(account, regionName, 'fs-0clean', true));
  seed.guardDutyDetectors.push({ id: `gd${account}${regionName.replace(/-/g, '')}`, status: 'ENABLED' });
  seed.securityHub = true;
  seed.secrets.push(secret(account, regionName, 'orders/db', true));
  seed.analyzers.push({
    arn: `arn:aws:access-analyzer:${regionName}:${account}:analyzer/account`,
    name: 'account',
    type: 'ACCOUNT',
    status: 'ACTIVE',
    createdAt: '2024-01-01T00:00:00.000Z',
  });
}

export function kmsKey(
  account: string,
  regionName: string,
  suffix: string,
  overrides: Record<string, unknown>,
): Record<string, unknown> {
  const id = `0b1c2d3e-0000-4000-8000-0000000000${suffix}`;
  return {
    AWSAccountId: account,
    KeyId: id,
    Arn: `arn:aws:kms:${regionName}:${account}:key/${id}`,
    CreationDate: '2024-01-01T00:00:00.000Z',
    Enabled: true,
    KeyUsage: 'ENCRYPT_DECRYPT',
    KeyState: 'Enabled',
    Origin: 'AWS_KMS',
    KeyManager: 'CUSTOMER',
    CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
    KeySpec: 'SYMMETRIC_DEFAULT',
    EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
    MultiRegion: false,
    ...overrides,
  };
}

export function dbInstance(
  account: string,
  regionName: string,
  name: string,
  overrides: Record<string, unknown>,
): Record<string, unknown> {
  return {
    DBInstanceIdentifier: name,
    DBInstanceArn: `arn:aws:rds:${regionName}:${account}:db:${name}`,
    DBInstanceClass: 'db.t4g.medium',
    Engine: 'postgres',
    EngineVersion: '16.4',
    DBInstanceStatus: 'available',
    Endpoint: { Address: `${name}.abcdefgh.${regionName}.rds.amazonaws.com`, Port: 5432 },
    PubliclyAccessible: false,
    StorageEncrypted: true,
    KmsKeyId: `arn:aws:kms:${regionName}:${account}:key/0b1c2d3e-0000-4000-8000-0000000000a1`,
    AutoMinorVersionUpgrade: true,
    MultiAZ: true,
    VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-db', Status: 'active' }],
    ...overrides,
  };
}

export function fileSystem(
  account: string,
  regionName: string,
  id: string,
  encrypted: boolean,
): Record<string, unknown> {
  return {
    OwnerId: account,
    CreationToken: id,
    FileSystemId: id,
    FileSystemArn: `arn:aws:elasticfilesystem:${regionName}:${account}:file-system/${id}`,
    CreationTime: '2024-01-01T00:00:00.000Z',
    LifeCycleState: 'available',
    Name: `${id}-share`,
    NumberOfMountTargets: 1,
    SizeInBytes: { Value: 6144 },
    PerformanceMode: 'generalPurpose',
    Encrypted: encrypted,
    ThroughputMode: 'bursting',
    Tags: [],
  };
}

export function secret(
  account: string,
  regionName: string,
  name: string,
  rotation: boolean,
): Record<string, unknown> {
  return {
    ARN: `arn:aws:secretsmanager:${regionName}:${account}:secret:${name}-AbCdEf`,
    Name: name,
    RotationEnabled: rotation,
    ...(rotation
      ? {
          RotationLambdaARN: `arn:aws:lambda:${regionName}:${account}:function:rotate`,
          RotationRules: { AutomaticallyAfterDays: 30 },
        }
      : {}),
    LastChangedDate: '2026-09-01T00:00:00.000Z',
  };
}
