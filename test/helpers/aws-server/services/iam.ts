import { AwsFault, type AwsRequest } from '../wire/http';
import { list } from '../wire/xml';
import type { AwsWorld } from '../world';
import { formAction, paginate, type Service } from './service';

const NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/';

export const CREDENTIAL_REPORT_COLUMNS = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  'access_key_1_active',
  'access_key_1_last_rotated',
  'access_key_1_last_used_date',
  'access_key_1_last_used_region',
  'access_key_1_last_used_service',
  'access_key_2_active',
  'access_key_2_last_rotated',
  'access_key_2_last_used_date',
  'access_key_2_last_used_region',
  'access_key_2_last_used_service',
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated',
];

/** IAM returns policy documents URL-encoded (RFC 3986). */
function encodeDocuments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(encodeDocuments);
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) =>
      ['PolicyDocument', 'AssumeRolePolicyDocument', 'Document'].includes(key) && typeof child === 'object'
        ? [key, encodeURIComponent(JSON.stringify(child))]
        : [key, encodeDocuments(child)],
    ),
  );
}

function marker<T>(params: URLSearchParams, items: readonly T[]) {
  const { page, next } = paginate(items, params.get('Marker'));
  return { page, truncation: { IsTruncated: next !== undefined, ...(next ? { Marker: next } : {}) } };
}

function credentialReport(world: AwsWorld, account: string) {
  const rows = world.account(account).iam.credentialReport;
  const csv = [
    CREDENTIAL_REPORT_COLUMNS.join(','),
    ...rows.map((row) => CREDENTIAL_REPORT_COLUMNS.map((column) => row[column] ?? 'N/A').join(',')),
  ].join('\n');
  return {
    Content: Buffer.from(csv).toString('base64'),
    ReportFormat: 'text/csv',
    GeneratedTime: new Date(world.clock()),
  };
}

function authorizationDetails(world: AwsWorld, account: string, params: URLSearchParams) {
  const iam = world.account(account).iam;
  const entries = [
    ...iam.users.map((item) => ['UserDetailList', item] as const),
    ...iam.groups.map((item) => ['GroupDetailList', item] as const),
    ...iam.roles.map((item) => ['RoleDetailList', item] as const),
    ...iam.policies.map((item) => ['Policies', item] as const),
  ];
  const { page, truncation } = marker(params, entries);
  const pick = (kind: string) =>
    (page as typeof entries).filter(([entry]) => entry === kind).map(([, item]) => encodeDocuments(item));
  return {
    UserDetailList: pick('UserDetailList'),
    GroupDetailList: pick('GroupDetailList'),
    RoleDetailList: pick('RoleDetailList'),
    Policies: pick('Policies'),
    ...truncation,
  };
}

export const iam: Service = {
  name: 'iam',
  protocol: 'query',
  namespace: NAMESPACE,
  operation: formAction,
  handle(operation, request: AwsRequest, world) {
    const params = new URLSearchParams(request.body);
    const account = world.account(request.account);
    switch (operation) {
      case 'GetAccountSummary':
        return {
          body: {
            SummaryMap: list(
              'entry',
              Object.entries(account.iam.summary).map(([key, value]) => ({ key, value })),
            ),
          },
        };
      case 'GetAccountPasswordPolicy':
        if (!account.iam.passwordPolicy)
          throw new AwsFault(
            404,
            'NoSuchEntity',
            `The Password Policy with domain name ${account.id} cannot be found.`,
          );
        return { body: { PasswordPolicy: account.iam.passwordPolicy } };
      case 'ListVirtualMFADevices': {
        const { page, truncation } = marker(params, account.iam.virtualMfaDevices);
        return { body: { VirtualMFADevices: page, ...truncation } };
      }
      case 'ListServerCertificates': {
        const { page, truncation } = marker(params, account.iam.serverCertificates);
        return { body: { ServerCertificateMetadataList: page, ...truncation } };
      }
      case 'ListEntitiesForPolicy': {
        const name = (params.get('PolicyArn') ?? '').split('/').pop() ?? '';
        const entities = account.iam.policyEntities[name] ?? { users: [], groups: [], roles: [] };
        return {
          body: {
            PolicyGroups: entities.groups.map((GroupName) => ({
              GroupName,
              GroupId: `AGPA${GroupName.toUpperCase()}`,
            })),
            PolicyUsers: entities.users.map((UserName) => ({
              UserName,
              UserId: `AIDA${UserName.toUpperCase()}`,
            })),
            PolicyRoles: entities.roles.map((RoleName) => ({
              RoleName,
              RoleId: `AROA${RoleName.toUpperCase()}`,
            })),
            IsTruncated: false,
          },
        };
      }
      case 'GenerateCredentialReport': {
        const count = (world.reportGenerations.get(account.id) ?? 0) + 1;
        world.reportGenerations.set(account.id, count);
        return count === 1
          ? {
              body: {
                State: 'STARTED',
                Description: 'No report exists. Starting a new report generation task',
              },
            }
          : { body: { State: 'COMPLETE' } };
      }
      case 'GetCredentialReport':
        if ((world.reportGenerations.get(account.id) ?? 0) < 2)
          throw new AwsFault(404, 'ReportInProgress', 'Report generation in progress.');
        return { body: credentialReport(world, account.id) };
      case 'GetAccountAuthorizationDetails':
        return { body: authorizationDetails(world, account.id, params) };
      default:
        throw new AwsFault(400, 'InvalidAction', `Could not find operation ${operation}`);
    }
  },
};
