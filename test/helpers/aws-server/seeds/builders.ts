import type { AccountSeed, BucketSeed, Expectation, RegionSeed, TrailSeed } from '../seed';
import { emptyRegion } from '../world';

/** The instant seeds are written against; tests run the audit with this clock. */
export const SEED_NOW = Date.parse('2026-10-01T12:00:00Z');
const DAY = 86_400_000;

export function daysAgo(days: number): string {
  return new Date(SEED_NOW - days * DAY).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

export function dateDaysAgo(days: number): Date {
  return new Date(SEED_NOW - days * DAY);
}

export function expect(account: AccountSeed, check: string, resource: string, region?: string): void {
  const expectation: Expectation = { check: `aws-audit-${check}`, resource, ...(region ? { region } : {}) };
  account.expectations.push(expectation);
}

export function accountResource(id: string): string {
  return `AWS::::Account:${id}`;
}

export function newAccount(
  id: string,
  enabledRegions: string[],
  disabledRegions: string[] = [],
): AccountSeed {
  return {
    id,
    enabledRegions,
    disabledRegions,
    staticKeys: [{ accessKeyId: `AKIA${id}`, secretAccessKey: `static-secret-${id}-do-not-print` }],
    stsRoles: [],
    iam: {
      summary: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 0, Roles: 0 },
      passwordPolicy: null,
      virtualMfaDevices: [],
      credentialReport: [],
      users: [],
      groups: [],
      roles: [],
      policies: [],
      serverCertificates: [],
      policyEntities: {},
    },
    s3: { accountBlock: null, buckets: [] },
    regions: Object.fromEntries(enabledRegions.map((region) => [region, emptyRegion()])),
    expectations: [],
  };
}

export function region(account: AccountSeed, name: string): RegionSeed {
  const seed = account.regions[name];
  if (!seed) throw new Error(`region ${name} is not enabled in seed ${account.id}`);
  return seed;
}

export const STRONG_PASSWORD_POLICY = {
  MinimumPasswordLength: 14,
  RequireSymbols: true,
  RequireNumbers: true,
  RequireUppercaseCharacters: true,
  RequireLowercaseCharacters: true,
  AllowUsersToChangePassword: true,
  ExpirePasswords: false,
  PasswordReusePrevention: 24,
  HardExpiry: false,
};

export const FULL_BLOCK = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

/** A credential report row; every column not given is N/A. */
export function reportRow(values: Record<string, string>): Record<string, string> {
  return {
    password_next_rotation: 'N/A',
    cert_1_active: 'false',
    cert_2_active: 'false',
    access_key_1_active: 'false',
    access_key_2_active: 'false',
    ...values,
  };
}

export function rootRow(account: string, values: Record<string, string> = {}): Record<string, string> {
  return reportRow({
    user: '<root_account>',
    arn: `arn:aws:iam::${account}:root`,
    user_creation_time: daysAgo(900),
    password_enabled: 'not_supported',
    password_last_used: daysAgo(200),
    password_last_changed: 'not_supported',
    mfa_active: 'true',
    ...values,
  });
}

export function denyHttpStatement(bucket: string) {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

export function bucket(name: string, regionName: string, overrides: Partial<BucketSeed> = {}): BucketSeed {
  return {
    name,
    region: regionName,
    publicAccessBlock: null,
    policy: { Version: '2012-10-17', Statement: [denyHttpStatement(name)] },
    policyIsPublic: false,
    grants: [{ id: 'owner', permission: 'FULL_CONTROL' }],
    encryption: 'aws:kms',
    versioning: { status: 'Enabled', mfaDelete: false },
    loggingTarget: null,
    ...overrides,
  };
}

export function githubTrust(account: string, condition: Record<string, Record<string, unknown>>) {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: condition,
      },
    ],
  };
}

export function role(account: string, name: string, trust: unknown, extra: Record<string, unknown> = {}) {
  return {
    Path: '/',
    RoleName: name,
    RoleId: `AROA${name.toUpperCase().replace(/[^A-Z0-9]/g, '')}`,
    Arn: `arn:aws:iam::${account}:role/${name}`,
    CreateDate: new Date('2024-01-01T00:00:00Z'),
    AssumeRolePolicyDocument: trust,
    InstanceProfileList: [],
    RolePolicyList: [],
    AttachedManagedPolicies: [],
    ...extra,
  };
}

export function trail(
  account: string,
  home: string,
  name: string,
  overrides: Partial<TrailSeed> = {},
): TrailSeed {
  return {
    Name: name,
    TrailARN: `arn:aws:cloudtrail:${home}:${account}:trail/${name}`,
    HomeRegion: home,
    IsMultiRegionTrail: true,
    IsOrganizationTrail: false,
    S3BucketName: `trail-logs-${account}`,
    LogFileValidationEnabled: true,
    IncludeGlobalServiceEvents: true,
    KmsKeyId: `arn:aws:kms:${home}:${account}:key/0b1c2d3e-0000-4000-8000-000000000001`,
    CloudWatchLogsLogGroupArn: `arn:aws:logs:${home}:${account}:log-group:cloudtrail/${name}:*`,
    CloudWatchLogsRoleArn: `arn:aws:iam::${account}:role/cloudtrail-to-logs`,
    status: { IsLogging: true, LatestCloudWatchLogsDeliveryTime: dateDaysAgo(0) },
    eventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }],
    ...overrides,
  };
}
