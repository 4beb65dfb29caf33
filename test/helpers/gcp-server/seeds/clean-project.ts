import type { GcpSeed, ProjectSeed } from '../world';
import { COMPUTE, aggregated, instance, paths } from './builders';
import { cleanData, cleanStorage } from './clean-data';
import { firewall, serviceAccount, subnet } from './resources';

export const CLEAN_PROJECT = 'payments-prod';
const NUMBER = '314159265358';

/**
 * A hardened production project: groups instead of users on broad roles, a custom role bound under a
 * condition, no service account keys, a conditioned GitHub provider, an all-entries sink, private VMs with
 * OS Login, locked-down buckets, a private Cloud SQL instance, rotated KMS keys, private GKE clusters.
 */
export function cleanProject(project = CLEAN_PROJECT, number = NUMBER): ProjectSeed {
  const p = paths(project);
  const sa = (name: string) => `${name}@${project}.iam.gserviceaccount.com`;
  return {
    projectId: project,
    projectNumber: number,
    name: 'Payments production',
    resources: {
      [p.iamPolicy]: cleanIamPolicy(project, number, sa),
      [p.serviceAccounts]: {
        accounts: ['checkout-api', 'reporting', 'gke-nodes']
          .map((name) => serviceAccount(project, sa(name)))
          .concat(serviceAccount(project, `${number}-compute@developer.gserviceaccount.com`)),
      },
      [p.keys(sa('checkout-api'))]: { keys: [] },
      [p.pools]: {
        workloadIdentityPools: [
          { name: `projects/${number}/locations/global/workloadIdentityPools/github`, state: 'ACTIVE' },
        ],
      },
      [p.providers(`projects/${number}/locations/global/workloadIdentityPools/github`)]: {
        workloadIdentityPoolProviders: [
          {
            name: `projects/${number}/locations/global/workloadIdentityPools/github/providers/octo-org`,
            state: 'ACTIVE',
            attributeMapping: {
              'google.subject': 'assertion.sub',
              'attribute.repository': 'assertion.repository',
            },
            attributeCondition:
              "assertion.repository_owner_id == '1234567' && assertion.repository == 'octo-org/payments'",
            oidc: { issuerUri: 'https://token.actions.githubusercontent.com' },
          },
        ],
      },
      [p.sinks]: {
        sinks: [
          {
            name: '_Required',
            destination: `logging.googleapis.com/projects/${project}/locations/global/buckets/_Required`,
            filter:
              'LOG_ID("cloudaudit.googleapis.com/activity") OR LOG_ID("externalaudit.googleapis.com/activity")',
          },
          {
            name: '_Default',
            destination: `logging.googleapis.com/projects/${project}/locations/global/buckets/_Default`,
            filter: 'NOT LOG_ID("cloudaudit.googleapis.com/activity")',
          },
          {
            name: 'archive-all',
            destination: `storage.googleapis.com/${project}-log-archive`,
            filter: '',
            writerIdentity: `serviceAccount:service-${number}@gcp-sa-logging.iam.gserviceaccount.com`,
          },
        ],
      },
      [p.firewalls]: {
        items: [
          firewall(project, 'allow-iap-ssh', ['35.235.240.0/20'], [{ IPProtocol: 'tcp', ports: ['22'] }]),
          firewall(
            project,
            'allow-internal',
            ['10.10.0.0/16'],
            [{ IPProtocol: 'tcp' }, { IPProtocol: 'udp' }],
          ),
        ],
      },
      [p.networks]: {
        items: [
          {
            name: 'prod-vpc',
            autoCreateSubnetworks: false,
            routingConfig: { routingMode: 'GLOBAL' },
            selfLink: `${COMPUTE}/projects/${project}/global/networks/prod-vpc`,
          },
        ],
      },
      [p.subnetworks]: aggregated('subnetworks', {
        'regions/us-central1': [
          subnet(project, 'us-central1', 'app', '10.10.1.0/24'),
          {
            ...subnet(project, 'us-central1', 'proxy-only', '10.10.200.0/23'),
            purpose: 'REGIONAL_MANAGED_PROXY',
            role: 'ACTIVE',
            logConfig: undefined,
            privateIpGoogleAccess: false,
          },
        ],
        'regions/europe-west1': [subnet(project, 'europe-west1', 'data', '10.10.2.0/24')],
        'regions/asia-east1': [],
      }),
      [p.instances]: aggregated('instances', {
        'zones/us-central1-a': [
          instance({
            project,
            zone: 'us-central1-a',
            name: 'checkout-api-1',
            serviceAccount: sa('checkout-api'),
            metadata: { 'block-project-ssh-keys': 'TRUE' },
          }),
          // A GKE node: its settings belong to the node pool, which the GKE checks judge.
          instance({
            project,
            zone: 'us-central1-a',
            name: 'gke-payments-default-pool-5f1c2d7e-x1q9',
            serviceAccount: sa('gke-nodes'),
            labels: { 'goog-gke-node': '' },
            canIpForward: true,
          }),
        ],
        'zones/europe-west1-b': [],
      }),
      [p.computeProject]: {
        name: project,
        commonInstanceMetadata: {
          items: [
            { key: 'enable-oslogin', value: 'TRUE' },
            { key: 'enable-oslogin-2fa', value: 'TRUE' },
          ],
        },
        selfLink: `${COMPUTE}/projects/${project}`,
      },
      ...cleanStorage(project, sa),
      ...cleanData(project, number, sa),
    },
  };
}

function cleanIamPolicy(project: string, number: string, sa: (name: string) => string): unknown {
  return {
    version: 3,
    etag: 'BwYlYgL0nHo=',
    bindings: [
      { role: 'roles/owner', members: ['group:platform-admins@example.com'] },
      { role: 'roles/viewer', members: ['group:engineering@example.com'] },
      { role: 'roles/editor', members: [`serviceAccount:${number}@cloudservices.gserviceaccount.com`] },
      {
        role: 'roles/container.serviceAgent',
        members: [`serviceAccount:service-${number}@container-engine-robot.iam.gserviceaccount.com`],
      },
      { role: 'roles/cloudsql.client', members: [`serviceAccount:${sa('checkout-api')}`] },
      { role: 'roles/container.nodeServiceAccount', members: [`serviceAccount:${sa('gke-nodes')}`] },
      {
        role: 'roles/iam.securityReviewer',
        members: ['serviceAccount:cloudgate-audit@security-tools.iam.gserviceaccount.com'],
      },
      {
        role: `projects/${project}/roles/limitedStorageReader`,
        members: [`serviceAccount:${sa('reporting')}`],
        condition: {
          title: 'allowed-bucket only',
          expression: `resource.name.startsWith("projects/_/buckets/${project}-allowed-bucket")`,
        },
      },
      {
        role: 'roles/compute.osAdminLogin',
        members: ['group:sre-oncall@example.com'],
        condition: {
          title: 'on-call window',
          expression: 'request.time < timestamp("2026-12-31T00:00:00Z")',
        },
      },
    ],
    auditConfigs: [
      {
        service: 'allServices',
        auditLogConfigs: [{ logType: 'ADMIN_READ' }, { logType: 'DATA_READ' }, { logType: 'DATA_WRITE' }],
      },
    ],
  };
}

export function cleanSeed(): GcpSeed {
  return { projects: [cleanProject()], expectations: [] };
}
