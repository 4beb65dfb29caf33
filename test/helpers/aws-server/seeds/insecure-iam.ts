import type { AccountSeed } from '../seed';
import { accountResource, daysAgo, expect, githubTrust, reportRow, role, rootRow } from './builders';

/** Root keys and no root MFA, a weak password policy, stale and unrotated credentials, admin policies, open OIDC trust. */
export function insecureIam(account: AccountSeed): void {
  const id = account.id;
  const root = accountResource(id);
  const rootArn = `arn:aws:iam::${id}:root`;
  account.iam.summary = { ...account.iam.summary, AccountMFAEnabled: 0, AccountAccessKeysPresent: 1 };
  expect(account, 'iam-root-mfa-disabled', root);
  account.iam.credentialReport[0] = rootRow(id, {
    mfa_active: 'false',
    password_last_used: daysAgo(40),
    access_key_1_active: 'true',
    access_key_1_last_rotated: daysAgo(400),
    access_key_1_last_used_date: daysAgo(2),
  });
  expect(account, 'iam-root-access-keys', root);
  expect(account, 'iam-root-recently-used', root);
  expect(account, 'iam-access-key-not-rotated', rootArn);
  account.iam.passwordPolicy = {
    MinimumPasswordLength: 8,
    PasswordReusePrevention: 5,
    RequireSymbols: false,
    RequireNumbers: true,
    RequireUppercaseCharacters: true,
    RequireLowercaseCharacters: true,
  };
  expect(account, 'iam-password-min-length', root);
  expect(account, 'iam-password-reuse', root);
  expect(account, 'iam-password-complexity', root);
  const bob = `arn:aws:iam::${id}:user/bob`;
  account.iam.credentialReport.push(
    reportRow({
      user: 'bob',
      arn: bob,
      user_creation_time: daysAgo(500),
      password_enabled: 'true',
      password_last_used: daysAgo(100),
      password_last_changed: daysAgo(300),
      mfa_active: 'false',
      access_key_1_active: 'true',
      access_key_1_last_rotated: daysAgo(200),
      access_key_1_last_used_date: daysAgo(100),
      access_key_2_active: 'true',
      access_key_2_last_rotated: daysAgo(10),
      access_key_2_last_used_date: daysAgo(1),
    }),
  );
  expect(account, 'iam-console-user-without-mfa', bob);
  expect(account, 'iam-credentials-unused', bob);
  expect(account, 'iam-access-key-not-rotated', bob);
  expect(account, 'iam-multiple-active-keys', bob);
  const admin = `arn:aws:iam::${id}:policy/AdminEverything`;
  account.iam.users.push({
    Path: '/',
    UserName: 'bob',
    UserId: 'AIDABOB',
    Arn: bob,
    GroupList: [],
    UserPolicyList: [],
    AttachedManagedPolicies: [{ PolicyName: 'AdminEverything', PolicyArn: admin }],
  });
  expect(account, 'iam-user-direct-policies', bob);
  const everything = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
  account.iam.policies.push(
    {
      PolicyName: 'AdminEverything',
      PolicyId: 'ANPAADMIN',
      Arn: admin,
      Path: '/',
      DefaultVersionId: 'v1',
      AttachmentCount: 1,
      IsAttachable: true,
      PolicyVersionList: [{ Document: everything, VersionId: 'v1', IsDefaultVersion: true }],
    },
    // Allows everything but is attached to nothing: not reported by the attached-policy check.
    {
      PolicyName: 'UnusedAdmin',
      PolicyId: 'ANPAUNUSED',
      Arn: `arn:aws:iam::${id}:policy/UnusedAdmin`,
      Path: '/',
      DefaultVersionId: 'v1',
      AttachmentCount: 0,
      IsAttachable: true,
      PolicyVersionList: [{ Document: everything, VersionId: 'v1', IsDefaultVersion: true }],
    },
  );
  expect(account, 'iam-policy-full-admin', admin);
  account.iam.roles.push(
    role(
      id,
      'legacy-admin',
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      },
      {
        RolePolicyList: [{ PolicyName: 'do-anything', PolicyDocument: everything }],
      },
    ),
    role(
      id,
      'gha-deploy',
      githubTrust(id, { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } }),
    ),
    role(
      id,
      'gha-any-repo',
      githubTrust(id, { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*' } }),
    ),
    // One owner, any of its repositories: scoped to the owner, not reported.
    role(
      id,
      'gha-org-wide',
      githubTrust(id, { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/*' } }),
    ),
  );
  account.iam.roles.push(
    role(
      id,
      'break-glass',
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${id}:root` }, Action: 'sts:AssumeRole' },
        ],
      },
      {
        AttachedManagedPolicies: [
          { PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
        ],
      },
    ),
  );
  expect(account, 'iam-policy-full-admin', 'arn:aws:iam::aws:policy/AdministratorAccess');
  expect(account, 'iam-inline-policy-full-admin', `arn:aws:iam::${id}:role/legacy-admin`);
  expect(account, 'iam-github-oidc-trust-unscoped', `arn:aws:iam::${id}:role/gha-deploy`);
  expect(account, 'iam-github-oidc-trust-unscoped', `arn:aws:iam::${id}:role/gha-any-repo`);
  account.iam.serverCertificates.push({
    Path: '/',
    ServerCertificateName: 'www-2025',
    ServerCertificateId: 'ASCAWWW2025',
    Arn: `arn:aws:iam::${id}:server-certificate/www-2025`,
    UploadDate: new Date('2024-01-01T00:00:00Z'),
    Expiration: new Date('2025-06-01T00:00:00Z'),
  });
  expect(account, 'iam-server-certificate-expired', `arn:aws:iam::${id}:server-certificate/www-2025`);
  account.iam.policyEntities = { AWSCloudShellFullAccess: { users: ['bob'], groups: [], roles: [] } };
  expect(account, 'iam-support-role-missing', root);
  expect(account, 'iam-cloudshell-full-access', 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess');
}
