import type { AccountSeed } from '../seed';
import { accountResource, expect, region } from './builders';
import { vpcId } from './network';
import { dbInstance, fileSystem, kmsKey, secret } from './services';

const HOME = 'us-east-1';
const OTHER = 'eu-west-1';

/** Security groups, network ACL, VPC, instance and EBS settings of eu-west-1 opened up. */
export function insecureNetwork(account: AccountSeed): void {
  const id = account.id;
  const seed = region(account, OTHER);
  const vpc = vpcId(id, OTHER);
  const arn = (resource: string) => `arn:aws:ec2:${OTHER}:${id}:${resource}`;
  const open = (
    protocol: string,
    from: number | undefined,
    to: number | undefined,
    v4: string[],
    v6: string[],
  ) => ({
    ipProtocol: protocol,
    ...(from !== undefined ? { fromPort: from, toPort: to } : {}),
    ipRanges: v4.map((cidrIp) => ({ cidrIp })),
    ipv6Ranges: v6.map((cidrIpv6) => ({ cidrIpv6 })),
    groups: [],
    prefixListIds: [],
  });
  seed.securityGroups.push(
    {
      ownerId: id,
      groupId: 'sg-ssh-world',
      groupName: 'ssh-world',
      groupDescription: 'ssh',
      vpcId: vpc,
      ipPermissions: [open('tcp', 22, 22, ['0.0.0.0/0'], [])],
      ipPermissionsEgress: [],
    },
    {
      ownerId: id,
      groupId: 'sg-rdp-v6',
      groupName: 'rdp-v6',
      groupDescription: 'rdp',
      vpcId: vpc,
      ipPermissions: [open('tcp', 3300, 3400, [], ['::/0'])],
      ipPermissionsEgress: [],
    },
    {
      ownerId: id,
      groupId: 'sg-smb',
      groupName: 'smb',
      groupDescription: 'smb',
      vpcId: vpc,
      ipPermissions: [open('tcp', 445, 445, ['0.0.0.0/0'], [])],
      ipPermissionsEgress: [],
    },
    {
      ownerId: id,
      groupId: 'sg-everything',
      groupName: 'everything',
      groupDescription: 'all',
      vpcId: vpc,
      ipPermissions: [open('-1', undefined, undefined, ['0.0.0.0/0'], [])],
      ipPermissionsEgress: [],
    },
  );
  expect(account, 'ec2-sg-admin-ports-open-ipv4', arn('security-group/sg-ssh-world'), OTHER);
  expect(account, 'ec2-sg-admin-ports-open-ipv6', arn('security-group/sg-rdp-v6'), OTHER);
  expect(account, 'ec2-sg-cifs-open', arn('security-group/sg-smb'), OTHER);
  expect(account, 'ec2-sg-admin-ports-open-ipv4', arn('security-group/sg-everything'), OTHER);
  expect(account, 'ec2-sg-cifs-open', arn('security-group/sg-everything'), OTHER);
  const defaultGroup = seed.securityGroups.find((group) => group.groupName === 'default')!;
  defaultGroup.ipPermissionsEgress = [open('-1', undefined, undefined, ['0.0.0.0/0'], [])];
  expect(account, 'ec2-default-sg-has-rules', arn(`security-group/${String(defaultGroup.groupId)}`), OTHER);
  const acl = seed.networkAcls[0]!;
  acl.entrySet = (acl.entrySet as Record<string, unknown>[]).filter(
    (entry) => (entry.ruleNumber as number) >= 100,
  );
  expect(account, 'ec2-nacl-admin-ports-open', arn(`network-acl/${String(acl.networkAclId)}`), OTHER);
  seed.vpcs.push({
    vpcId: 'vpc-unlogged',
    state: 'available',
    cidrBlock: '172.31.0.0/16',
    isDefault: true,
    ownerId: id,
  });
  expect(account, 'vpc-flow-logs-disabled', arn('vpc/vpc-unlogged'), OTHER);
  seed.instances.push({
    instanceId: 'i-imdsv1',
    instanceState: { code: 80, name: 'stopped' },
    instanceType: 't3.micro',
    metadataOptions: { state: 'applied', httpTokens: 'optional', httpEndpoint: 'enabled' },
  });
  // Terminated instances are gone: not reported.
  seed.instances.push({
    instanceId: 'i-terminated',
    instanceState: { code: 48, name: 'terminated' },
    metadataOptions: { httpTokens: 'optional', httpEndpoint: 'enabled' },
  });
  expect(account, 'ec2-imdsv2-not-required', arn('instance/i-imdsv1'), OTHER);
  seed.ebsEncryptionByDefault = false;
  expect(account, 'ec2-ebs-default-encryption-disabled', accountResource(id), OTHER);
}

export function insecureServices(account: AccountSeed): void {
  const id = account.id;
  const other = region(account, OTHER);
  const home = region(account, HOME);
  other.configRecorders.statuses = [{ name: 'default', recording: false, lastStatus: 'SUCCESS' }];
  home.configRecorders = { recorders: [], statuses: [] };
  expect(account, 'config-recorder-disabled', accountResource(id), OTHER);
  expect(account, 'config-recorder-disabled', accountResource(id), HOME);
  const stale = kmsKey(id, OTHER, 'b1', {});
  other.kmsKeys.push(
    { metadata: stale, rotation: false },
    { metadata: kmsKey(id, OTHER, 'b2', { KeyState: 'Disabled', Enabled: false }), rotation: false },
    {
      metadata: kmsKey(id, OTHER, 'b3', {
        KeySpec: 'RSA_2048',
        CustomerMasterKeySpec: 'RSA_2048',
        KeyUsage: 'SIGN_VERIFY',
      }),
      rotation: false,
    },
  );
  expect(account, 'kms-key-rotation-disabled', String(stale.Arn), OTHER);
  const db = dbInstance(id, OTHER, 'reporting', {
    PubliclyAccessible: true,
    StorageEncrypted: false,
    KmsKeyId: undefined,
    AutoMinorVersionUpgrade: false,
  });
  other.dbInstances.push(db);
  for (const check of [
    'rds-publicly-accessible',
    'rds-storage-not-encrypted',
    'rds-auto-minor-upgrade-disabled',
  ])
    expect(account, check, String(db.DBInstanceArn), OTHER);
  other.fileSystems.push(fileSystem(id, OTHER, 'fs-0plain', false));
  expect(
    account,
    'efs-not-encrypted',
    `arn:aws:elasticfilesystem:${OTHER}:${id}:file-system/fs-0plain`,
    OTHER,
  );
  home.guardDutyDetectors = [];
  other.guardDutyDetectors = [{ id: 'gd-suspended', status: 'DISABLED' }];
  expect(account, 'guardduty-disabled', accountResource(id), HOME);
  expect(account, 'guardduty-disabled', accountResource(id), OTHER);
  home.securityHub = false;
  other.securityHub = false;
  expect(account, 'securityhub-disabled', accountResource(id), HOME);
  expect(account, 'securityhub-disabled', accountResource(id), OTHER);
  const plain = secret(id, OTHER, 'legacy/api-key', false);
  other.secrets.push(plain);
  expect(account, 'secretsmanager-rotation-disabled', String(plain.ARN), OTHER);
  other.analyzers = [{ ...other.analyzers[0], status: 'DISABLED' }];
  expect(account, 'access-analyzer-disabled', accountResource(id), OTHER);
}
