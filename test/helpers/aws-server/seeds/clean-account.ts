import type { AccountSeed } from '../seed';
import { ALL_MONITORING, addMonitoring } from './monitoring';
import { cleanNetwork } from './network';
import { cleanServices } from './services';
import {
  FULL_BLOCK,
  STRONG_PASSWORD_POLICY,
  bucket,
  daysAgo,
  githubTrust,
  newAccount,
  region,
  reportRow,
  role,
  rootRow,
  trail,
} from './builders';

export const CLEAN_ACCOUNT = '100000000001';
export const AUDIT_ROLE = 'cloudgate-audit';
export const AUDIT_SUBJECT = 'repo:octo-org/infra:ref:refs/heads/main';

/**
 * An account that passes every check: the clean baseline other seeds start from (`id`, `regions`), so each
 * misconfiguration they add is the only difference.
 */
export function cleanAccount(
  id: string = CLEAN_ACCOUNT,
  regions: string[] = ['us-east-1', 'eu-west-1'],
  disabled: string[] = ['ap-east-1'],
): AccountSeed {
  const account = newAccount(id, regions, disabled);
  const home = regions[0]!;
  account.stsRoles.push({
    name: AUDIT_ROLE,
    oidcSubjects: [AUDIT_SUBJECT],
    trustedAccounts: [id],
    maxSessionSeconds: 3600,
  });
  account.iam.summary = { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 2, Roles: 3 };
  account.iam.passwordPolicy = { ...STRONG_PASSWORD_POLICY };
  account.iam.virtualMfaDevices = [
    {
      SerialNumber: `arn:aws:iam::${id}:mfa/alice`,
      User: {
        UserName: 'alice',
        UserId: 'AIDAALICE',
        Arn: `arn:aws:iam::${id}:user/alice`,
        Path: '/',
        CreateDate: new Date('2024-01-01T00:00:00Z'),
      },
      EnableDate: new Date('2024-01-02T00:00:00Z'),
    },
  ];
  account.iam.credentialReport = [
    rootRow(id),
    reportRow({
      user: 'alice',
      arn: `arn:aws:iam::${id}:user/alice`,
      user_creation_time: daysAgo(600),
      password_enabled: 'true',
      password_last_used: daysAgo(3),
      password_last_changed: daysAgo(60),
      mfa_active: 'true',
      access_key_1_active: 'true',
      access_key_1_last_rotated: daysAgo(20),
      access_key_1_last_used_date: daysAgo(1),
      access_key_1_last_used_region: 'eu-west-1',
      access_key_1_last_used_service: 's3',
    }),
    reportRow({
      user: 'ci-reader',
      arn: `arn:aws:iam::${id}:user/ci-reader`,
      user_creation_time: daysAgo(10),
      password_enabled: 'false',
      mfa_active: 'false',
      access_key_1_active: 'true',
      access_key_1_last_rotated: daysAgo(10),
      access_key_1_last_used_date: 'N/A',
    }),
  ];
  account.iam.users = [
    {
      Path: '/',
      UserName: 'alice',
      UserId: 'AIDAALICE',
      Arn: `arn:aws:iam::${id}:user/alice`,
      CreateDate: new Date('2024-01-01T00:00:00Z'),
      GroupList: ['admins'],
      UserPolicyList: [],
      AttachedManagedPolicies: [],
    },
    {
      Path: '/',
      UserName: 'ci-reader',
      UserId: 'AIDACIREADER',
      Arn: `arn:aws:iam::${id}:user/ci-reader`,
      CreateDate: new Date('2024-01-01T00:00:00Z'),
      GroupList: ['readers'],
      UserPolicyList: [],
      AttachedManagedPolicies: [],
    },
  ];
  account.iam.groups = [
    {
      Path: '/',
      GroupName: 'admins',
      GroupId: 'AGPAADMINS',
      Arn: `arn:aws:iam::${id}:group/admins`,
      CreateDate: new Date('2024-01-01T00:00:00Z'),
      GroupPolicyList: [],
      AttachedManagedPolicies: [
        { PolicyName: 'PowerUserAccess', PolicyArn: 'arn:aws:iam::aws:policy/PowerUserAccess' },
      ],
    },
    {
      Path: '/',
      GroupName: 'readers',
      GroupId: 'AGPAREADERS',
      Arn: `arn:aws:iam::${id}:group/readers`,
      CreateDate: new Date('2024-01-01T00:00:00Z'),
      GroupPolicyList: [],
      AttachedManagedPolicies: [{ PolicyName: 'app-read', PolicyArn: `arn:aws:iam::${id}:policy/app-read` }],
    },
  ];
  account.iam.roles = [
    role(
      id,
      AUDIT_ROLE,
      githubTrust(id, {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: {
          'token.actions.githubusercontent.com:sub': [
            'repo:octo-org/infra:ref:refs/heads/main',
            'repo:octo-org@1001/infra@2002:ref:refs/heads/main',
          ],
        },
      }),
      {
        AttachedManagedPolicies: [
          { PolicyName: 'SecurityAudit', PolicyArn: 'arn:aws:iam::aws:policy/SecurityAudit' },
        ],
      },
    ),
    role(
      id,
      'deploy-by-org',
      githubTrust(id, {
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:repository_owner': 'octo-org',
        },
      }),
    ),
    role(
      id,
      'support',
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${id}:root` }, Action: 'sts:AssumeRole' },
        ],
      },
      {
        RolePolicyList: [
          {
            PolicyName: 'read-tickets',
            PolicyDocument: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: 'support:Describe*', Resource: '*' }],
            },
          },
        ],
      },
    ),
  ];
  account.iam.policies = [
    {
      PolicyName: 'app-read',
      PolicyId: 'ANPAAPPREAD',
      Arn: `arn:aws:iam::${id}:policy/app-read`,
      Path: '/',
      DefaultVersionId: 'v2',
      AttachmentCount: 1,
      IsAttachable: true,
      PolicyVersionList: [
        {
          Document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
          VersionId: 'v1',
          IsDefaultVersion: false,
        },
        {
          Document: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }],
          },
          VersionId: 'v2',
          IsDefaultVersion: true,
        },
      ],
    },
  ];
  account.iam.serverCertificates = [
    {
      Path: '/',
      ServerCertificateName: 'www-2027',
      ServerCertificateId: 'ASCAWWW2027',
      Arn: `arn:aws:iam::${id}:server-certificate/www-2027`,
      UploadDate: new Date('2026-01-01T00:00:00Z'),
      Expiration: new Date('2027-06-01T00:00:00Z'),
    },
  ];
  account.iam.policyEntities = { AWSSupportAccess: { users: [], groups: [], roles: ['support'] } };
  account.s3.accountBlock = { ...FULL_BLOCK };
  account.s3.buckets = [
    bucket(`trail-logs-${id}`, home, {
      versioning: { status: 'Enabled', mfaDelete: true },
      loggingTarget: `access-logs-${id}`,
    }),
    bucket(`access-logs-${id}`, home, { encryption: 'AES256' }),
    // Public in its own settings, covered by the account-wide block: not public.
    bucket(`legacy-site-${id}`, regions[1] ?? home, {
      policyIsPublic: true,
      grants: [{ uri: 'http://acs.amazonaws.com/groups/global/AllUsers', permission: 'READ' }],
    }),
  ];
  for (const name of regions) {
    cleanNetwork(region(account, name), id, name);
    cleanServices(region(account, name), id, name);
  }
  const main = trail(id, home, 'main');
  region(account, home).trails.push(main);
  addMonitoring(
    region(account, home),
    id,
    home,
    'cloudtrail/main',
    Object.fromEntries(ALL_MONITORING.map((slug) => [slug, 'alarmed' as const])),
  );
  return account;
}
