import type { GcpSeed, ProjectSeed } from '../world';
import { expectFinding, paths } from './builders';
import { bucket, sqlInstance } from './resources';

/** Storage, Cloud SQL, KMS, GKE and BigQuery misconfigurations of the insecure project. */
export function insecureData(
  target: ProjectSeed,
  number: string,
  expectations: GcpSeed['expectations'],
): void {
  const project = target.projectId;
  const p = paths(project);
  const at = (check: string, resource: string) => expectFinding(expectations, check, resource);
  const bucketLink = (name: string) => `https://www.googleapis.com/storage/v1/b/${name}`;

  const assets = `${project}-public-assets`;
  const shared = `${project}-shared`;
  const exports = `${project}-exports`;
  target.resources[p.buckets] = {
    kind: 'storage#buckets',
    items: [
      bucket(assets, 'US', false),
      bucket(shared, 'EU', false, {
        acl: [
          { entity: `project-owners-${number}`, role: 'OWNER' },
          { entity: 'allAuthenticatedUsers', role: 'READER' },
        ],
      }),
      bucket(exports, 'US-CENTRAL1', true),
    ],
  };
  target.resources[p.bucketIam(assets)] = {
    version: 1,
    bindings: [
      { role: 'roles/storage.legacyBucketOwner', members: [`projectOwner:${project}`] },
      { role: 'roles/storage.objectViewer', members: ['allUsers'] },
    ],
  };
  target.resources[p.bucketIam(shared)] = { version: 1, bindings: [] };
  target.resources[p.bucketIam(exports)] = {
    version: 1,
    bindings: [
      {
        role: 'roles/storage.objectAdmin',
        members: [`serviceAccount:etl@${project}.iam.gserviceaccount.com`],
      },
    ],
  };
  at('storage-bucket-public', bucketLink(assets));
  at('storage-bucket-public', bucketLink(shared));
  at('storage-uniform-access-disabled', bucketLink(assets));
  at('storage-uniform-access-disabled', bucketLink(shared));

  const sqlLink = (name: string) =>
    `https://sqladmin.googleapis.com/v1/projects/${project}/instances/${name}`;
  target.resources[p.sqlInstances] = {
    items: [
      {
        ...sqlInstance(project, 'legacy-mysql', {
          instanceType: 'CLOUD_SQL_INSTANCE',
          backups: false,
          version: 'MYSQL_5_7',
          ip: {
            ipv4Enabled: true,
            authorizedNetworks: [{ kind: 'sql#aclEntry', name: 'anywhere', value: '0.0.0.0/0' }],
            sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED',
            requireSsl: false,
          },
        }),
        ipAddresses: [{ type: 'PRIMARY', ipAddress: '35.184.20.30' }],
      },
      {
        ...sqlInstance(project, 'reports-pg', {
          instanceType: 'CLOUD_SQL_INSTANCE',
          backups: true,
          ip: {
            ipv4Enabled: true,
            authorizedNetworks: [{ name: 'office', value: '203.0.113.0/24' }],
            requireSsl: false,
          },
        }),
        ipAddresses: [{ type: 'PRIMARY', ipAddress: '35.184.20.31' }],
      },
    ],
  };
  for (const check of [
    'sql-open-to-internet',
    'sql-ssl-not-required',
    'sql-automated-backups-disabled',
    'sql-public-ip',
  ])
    at(check, sqlLink('legacy-mysql'));
  at('sql-ssl-not-required', sqlLink('reports-pg'));
  at('sql-public-ip', sqlLink('reports-pg'));

  const ring = `projects/${project}/locations/global/keyRings/legacy`;
  target.resources[p.kmsLocations] = {
    locations: [{ locationId: 'global', name: `projects/${project}/locations/global` }],
  };
  target.resources[p.keyRings('us-central1')] = { keyRings: [] };
  target.resources[p.keyRings('global')] = { keyRings: [{ name: ring }] };
  target.resources[p.cryptoKeys(ring)] = {
    cryptoKeys: [
      { name: `${ring}/cryptoKeys/app`, purpose: 'ENCRYPT_DECRYPT', primary: { state: 'ENABLED' } },
      {
        name: `${ring}/cryptoKeys/archive`,
        purpose: 'ENCRYPT_DECRYPT',
        rotationPeriod: '31536000s',
        primary: { state: 'ENABLED' },
      },
    ],
  };
  target.resources[p.keyIam(`${ring}/cryptoKeys/archive`)] = {
    version: 1,
    bindings: [{ role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter', members: ['allUsers'] }],
  };
  at('kms-key-rotation-over-90-days', `//cloudkms.googleapis.com/${ring}/cryptoKeys/app`);
  at('kms-key-rotation-over-90-days', `//cloudkms.googleapis.com/${ring}/cryptoKeys/archive`);
  at('kms-key-public', `//cloudkms.googleapis.com/${ring}/cryptoKeys/archive`);

  const cluster = `https://container.googleapis.com/v1/projects/${project}/locations/us-central1-c/clusters/legacy`;
  target.resources[p.clusters] = {
    clusters: [
      {
        name: 'legacy',
        location: 'us-central1-c',
        zone: 'us-central1-c',
        selfLink: cluster,
        endpoint: '35.202.1.2',
        legacyAbac: { enabled: true },
        masterAuthorizedNetworksConfig: {},
        networkPolicy: { provider: 'CALICO', enabled: false },
        networkConfig: { datapathProvider: 'LEGACY_DATAPATH' },
        shieldedNodes: { enabled: false },
        nodePools: [{ name: 'default-pool', config: { serviceAccount: 'default' } }],
      },
    ],
  };
  for (const check of [
    'gke-legacy-abac-enabled',
    'gke-private-nodes-disabled',
    'gke-control-plane-unrestricted',
    'gke-network-policy-disabled',
    'gke-workload-identity-disabled',
    'gke-shielded-nodes-disabled',
  ])
    at(check, cluster);

  target.resources[p.datasets] = {
    datasets: [
      {
        id: `${project}:public_reports`,
        datasetReference: { projectId: project, datasetId: 'public_reports' },
        location: 'EU',
      },
      {
        id: `${project}:analytics`,
        datasetReference: { projectId: project, datasetId: 'analytics' },
        location: 'US',
      },
    ],
  };
  target.resources[p.dataset('public_reports')] = {
    id: `${project}:public_reports`,
    selfLink: `https://bigquery.googleapis.com/bigquery/v2/projects/${project}/datasets/public_reports`,
    datasetReference: { projectId: project, datasetId: 'public_reports' },
    location: 'EU',
    access: [
      { role: 'OWNER', specialGroup: 'projectOwners' },
      { role: 'READER', iamMember: 'allUsers' },
    ],
  };
  at(
    'bigquery-dataset-public',
    `https://bigquery.googleapis.com/bigquery/v2/projects/${project}/datasets/public_reports`,
  );
}
