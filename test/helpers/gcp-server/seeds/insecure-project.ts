import type { GcpSeed, ProjectSeed } from '../world';
import {
  COMPUTE,
  aggregated,
  expectFinding,
  instance,
  instanceLink,
  memberResource,
  paths,
  projectResource,
  subnetLink,
} from './builders';
import { cleanProject } from './clean-project';
import { firewall, serviceAccount, subnet } from './resources';
import { insecureData } from './insecure-data';

export const INSECURE_PROJECT = 'legacy-sandbox';
const NUMBER = '271828182845';
/** The audit's clock in the tests, so key ages do not depend on the day the tests run. */
export const INSECURE_NOW = Date.parse('2026-09-01T00:00:00Z');

/**
 * The clean baseline with at least one planted misconfiguration per check, each declared with the
 * (check, resource) it must give, and nothing else reported.
 */
export function insecureSeed(): GcpSeed {
  const project = INSECURE_PROJECT;
  const seed: GcpSeed = { projects: [cleanProject(project, NUMBER)], expectations: [] };
  const target = seed.projects[0]!;
  target.name = 'Legacy sandbox';
  insecureIam(target, seed.expectations);
  insecureCompute(target, seed.expectations);
  insecureData(target, NUMBER, seed.expectations);
  return seed;
}

function insecureIam(target: ProjectSeed, expectations: GcpSeed['expectations']): void {
  const project = target.projectId;
  const p = paths(project);
  const ci = `ci-deployer@${project}.iam.gserviceaccount.com`;
  const etl = `etl@${project}.iam.gserviceaccount.com`;
  const defaultCompute = `${NUMBER}-compute@developer.gserviceaccount.com`;
  target.resources[p.iamPolicy] = {
    version: 3,
    etag: 'BwYmZ1k2aQ0=',
    bindings: [
      { role: 'roles/owner', members: ['user:alice@example.com', 'group:platform-admins@example.com'] },
      {
        role: 'roles/editor',
        members: [
          `serviceAccount:${ci}`,
          `serviceAccount:${defaultCompute}`,
          `serviceAccount:${NUMBER}@cloudservices.gserviceaccount.com`,
        ],
      },
      { role: 'roles/storage.admin', members: [`serviceAccount:${etl}`] },
      { role: 'roles/viewer', members: ['allAuthenticatedUsers', 'group:engineering@example.com'] },
      { role: 'roles/iam.serviceAccountUser', members: ['user:bob@example.com'] },
      {
        role: 'roles/iam.serviceAccountTokenCreator',
        members: ['group:contractors@example.com'],
        condition: {
          title: 'until contract end',
          expression: 'request.time < timestamp("2026-12-31T00:00:00Z")',
        },
      },
    ],
    auditConfigs: [
      {
        service: 'allServices',
        auditLogConfigs: [
          { logType: 'ADMIN_READ' },
          { logType: 'DATA_WRITE', exemptedMembers: ['user:bob@example.com'] },
        ],
      },
    ],
  };
  const at = (check: string, member: string) =>
    expectFinding(expectations, check, memberResource(project, member));
  at('iam-basic-role-granted', 'user:alice@example.com');
  at('iam-basic-role-granted', `serviceAccount:${ci}`);
  at('iam-basic-role-granted', `serviceAccount:${defaultCompute}`);
  at('iam-service-account-admin-role', `serviceAccount:${ci}`);
  at('iam-service-account-admin-role', `serviceAccount:${defaultCompute}`);
  at('iam-service-account-admin-role', `serviceAccount:${etl}`);
  at('iam-public-member', 'allAuthenticatedUsers');
  at('iam-service-account-user-project-level', 'user:bob@example.com');
  at('iam-service-account-user-project-level', 'group:contractors@example.com');
  expectFinding(expectations, 'logging-audit-config-incomplete', projectResource(project));

  target.resources[p.serviceAccounts] = {
    accounts: [ci, etl, defaultCompute].map((email) => serviceAccount(project, email)),
  };
  const keyName = (id: string) => `projects/${project}/serviceAccounts/${ci}/keys/${id}`;
  target.resources[p.keys(ci)] = {
    keys: [
      {
        name: keyName('9f1d0c3b7a'),
        keyType: 'USER_MANAGED',
        keyOrigin: 'GOOGLE_PROVIDED',
        keyAlgorithm: 'KEY_ALG_RSA_2048',
        validAfterTime: '2023-01-10T09:00:00Z',
        validBeforeTime: '9999-12-31T23:59:59Z',
      },
      {
        name: keyName('3c5e7a9b1d'),
        keyType: 'USER_MANAGED',
        keyOrigin: 'GOOGLE_PROVIDED',
        keyAlgorithm: 'KEY_ALG_RSA_2048',
        validAfterTime: '2026-08-01T09:00:00Z',
        validBeforeTime: '9999-12-31T23:59:59Z',
      },
    ],
  };
  expectFinding(
    expectations,
    'iam-user-managed-service-account-key',
    `//iam.googleapis.com/${keyName('9f1d0c3b7a')}`,
  );
  expectFinding(
    expectations,
    'iam-user-managed-service-account-key',
    `//iam.googleapis.com/${keyName('3c5e7a9b1d')}`,
  );
  expectFinding(
    expectations,
    'iam-service-account-key-older-than-90-days',
    `//iam.googleapis.com/${keyName('9f1d0c3b7a')}`,
  );

  const pool = `projects/${NUMBER}/locations/global/workloadIdentityPools/ci-legacy`;
  target.resources[p.pools] = { workloadIdentityPools: [{ name: pool, state: 'ACTIVE' }] };
  target.resources[p.providers(pool)] = {
    workloadIdentityPoolProviders: [
      {
        name: `${pool}/providers/github`,
        state: 'ACTIVE',
        attributeMapping: { 'google.subject': 'assertion.sub' },
        oidc: { issuerUri: 'https://token.actions.githubusercontent.com' },
      },
      // Another issuer: its lack of a condition is not what this check judges.
      {
        name: `${pool}/providers/gitlab`,
        state: 'ACTIVE',
        attributeMapping: { 'google.subject': 'assertion.sub' },
        oidc: { issuerUri: 'https://gitlab.com' },
      },
    ],
  };
  expectFinding(
    expectations,
    'iam-workload-identity-github-unconditioned',
    `//iam.googleapis.com/${pool}/providers/github`,
  );

  target.resources[p.sinks] = {
    sinks: [
      {
        name: '_Required',
        destination: `logging.googleapis.com/projects/${project}/locations/global/buckets/_Required`,
        filter: 'LOG_ID("cloudaudit.googleapis.com/activity")',
      },
      {
        name: 'errors-only',
        destination: `storage.googleapis.com/${project}-errors`,
        filter: 'severity>=ERROR',
      },
      {
        name: 'old-export',
        destination: `storage.googleapis.com/${project}-old`,
        filter: '',
        disabled: true,
      },
    ],
  };
  expectFinding(expectations, 'logging-no-all-entries-sink', projectResource(project));
}

function insecureCompute(target: ProjectSeed, expectations: GcpSeed['expectations']): void {
  const project = target.projectId;
  const p = paths(project);
  const at = (check: string, resource: string) => expectFinding(expectations, check, resource);
  target.resources[p.firewalls] = {
    items: [
      firewall(project, 'allow-iap-ssh', ['35.235.240.0/20'], [{ IPProtocol: 'tcp', ports: ['22'] }]),
      firewall(project, 'default-allow-rdp', ['0.0.0.0/0'], [{ IPProtocol: 'tcp', ports: ['3389'] }]),
    ],
  };
  at('firewall-admin-ports-open', `${COMPUTE}/projects/${project}/global/firewalls/default-allow-rdp`);
  target.resources[p.networks] = {
    items: [
      {
        name: 'prod-vpc',
        autoCreateSubnetworks: false,
        selfLink: `${COMPUTE}/projects/${project}/global/networks/prod-vpc`,
      },
      {
        name: 'default',
        autoCreateSubnetworks: true,
        selfLink: `${COMPUTE}/projects/${project}/global/networks/default`,
      },
    ],
  };
  at('network-default-network-exists', `${COMPUTE}/projects/${project}/global/networks/default`);
  target.resources[p.subnetworks] = aggregated('subnetworks', {
    'regions/us-central1': [
      subnet(project, 'us-central1', 'app', '10.10.1.0/24'),
      { ...subnet(project, 'us-central1', 'default', '10.128.0.0/20'), logConfig: { enable: false } },
    ],
    'regions/europe-west1': [
      { ...subnet(project, 'europe-west1', 'default', '10.132.0.0/20'), privateIpGoogleAccess: false },
    ],
  });
  at('network-subnet-flow-logs-disabled', subnetLink(project, 'us-central1', 'default'));
  at('network-subnet-private-google-access-off', subnetLink(project, 'europe-west1', 'default'));

  const defaultCompute = `${NUMBER}-compute@developer.gserviceaccount.com`;
  target.resources[p.instances] = aggregated('instances', {
    'zones/us-central1-a': [
      instance({
        project,
        zone: 'us-central1-a',
        name: 'web-1',
        serviceAccount: defaultCompute,
        externalIp: '34.66.10.20',
        metadata: { 'enable-oslogin': 'FALSE', 'serial-port-enable': 'TRUE' },
        shielded: { secureBoot: false, vtpm: true, integrity: true },
      }),
    ],
    'zones/europe-west1-b': [
      instance({
        project,
        zone: 'europe-west1-b',
        name: 'nat-gateway',
        serviceAccount: `nat@${project}.iam.gserviceaccount.com`,
        scopes: ['https://www.googleapis.com/auth/logging.write'],
        canIpForward: true,
        metadata: { 'block-project-ssh-keys': 'true' },
      }),
    ],
  });
  const web = instanceLink(project, 'us-central1-a', 'web-1');
  for (const check of [
    'compute-default-service-account',
    'compute-default-service-account-full-access',
    'compute-public-ip',
    'compute-project-ssh-keys-allowed',
    'compute-shielded-vm-disabled',
    'compute-os-login-disabled',
    'compute-serial-port-enabled',
  ])
    at(check, web);
  at('compute-ip-forwarding-enabled', instanceLink(project, 'europe-west1-b', 'nat-gateway'));
  target.resources[p.computeProject] = {
    name: project,
    commonInstanceMetadata: {
      items: [{ key: 'ssh-keys', value: 'alice:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK alice@laptop' }],
    },
    selfLink: `${COMPUTE}/projects/${project}`,
  };
  at('compute-os-login-disabled', `${COMPUTE}/projects/${project}`);
}
