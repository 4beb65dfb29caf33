import { paths } from './builders';
import { bucket, sqlInstance } from './resources';

export function cleanStorage(project: string, sa: (name: string) => string): Record<string, unknown> {
  const p = paths(project);
  const archive = `${project}-log-archive`;
  const allowed = `${project}-allowed-bucket`;
  return {
    [p.buckets]: {
      kind: 'storage#buckets',
      items: [bucket(archive, 'US', true), bucket(allowed, 'EUROPE-WEST1', true)],
    },
    [p.bucketIam(archive)]: {
      version: 1,
      bindings: [
        { role: 'roles/storage.legacyBucketOwner', members: [`projectOwner:${project}`] },
        { role: 'roles/storage.objectViewer', members: ['group:security@example.com'] },
      ],
    },
    [p.bucketIam(allowed)]: {
      version: 3,
      bindings: [
        {
          role: 'roles/storage.objectViewer',
          members: [`serviceAccount:${sa('reporting')}`],
          condition: {
            title: 'reports prefix',
            expression: `resource.name.startsWith("projects/_/buckets/${allowed}/objects/reports/")`,
          },
        },
      ],
    },
  };
}

export function cleanData(
  project: string,
  number: string,
  sa: (name: string) => string,
): Record<string, unknown> {
  const p = paths(project);
  const ring = `projects/${project}/locations/us-central1/keyRings/payments`;
  return {
    [p.sqlInstances]: {
      items: [
        sqlInstance(project, 'orders-db', { instanceType: 'CLOUD_SQL_INSTANCE', backups: true }),
        sqlInstance(project, 'orders-db-replica', {
          instanceType: 'READ_REPLICA_INSTANCE',
          backups: false,
          masterInstanceName: `${project}:orders-db`,
        }),
      ],
    },
    [p.kmsLocations]: {
      locations: [
        { locationId: 'global', name: `projects/${project}/locations/global` },
        { locationId: 'us-central1', name: `projects/${project}/locations/us-central1` },
      ],
    },
    [p.keyRings('us-central1')]: { keyRings: [{ name: ring, createTime: '2024-03-01T10:00:00Z' }] },
    [p.cryptoKeys(ring)]: {
      cryptoKeys: [
        {
          name: `${ring}/cryptoKeys/orders-db`,
          purpose: 'ENCRYPT_DECRYPT',
          rotationPeriod: '7776000s',
          nextRotationTime: '2026-10-01T00:00:00Z',
          primary: { state: 'ENABLED' },
        },
        {
          name: `${ring}/cryptoKeys/receipt-signing`,
          purpose: 'ASYMMETRIC_SIGN',
          versionTemplate: { algorithm: 'EC_SIGN_P256_SHA256' },
        },
      ],
    },
    [p.keyIam(`${ring}/cryptoKeys/orders-db`)]: {
      version: 1,
      bindings: [
        {
          role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter',
          members: [`serviceAccount:service-${number}@gcp-sa-cloud-sql.iam.gserviceaccount.com`],
        },
      ],
    },
    [p.clusters]: {
      clusters: [
        {
          name: 'payments',
          location: 'us-central1',
          selfLink: `https://container.googleapis.com/v1/projects/${project}/locations/us-central1/clusters/payments`,
          endpoint: '34.118.10.20',
          legacyAbac: {},
          privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: false },
          masterAuthorizedNetworksConfig: {
            enabled: true,
            cidrBlocks: [{ displayName: 'corp-vpn', cidrBlock: '198.51.100.0/24' }],
          },
          networkConfig: { datapathProvider: 'ADVANCED_DATAPATH' },
          workloadIdentityConfig: { workloadPool: `${project}.svc.id.goog` },
          shieldedNodes: { enabled: true },
          nodePools: [{ name: 'default-pool', config: { serviceAccount: sa('gke-nodes') } }],
        },
        {
          name: 'batch',
          location: 'europe-west1',
          selfLink: `https://container.googleapis.com/v1/projects/${project}/locations/europe-west1/clusters/batch`,
          autopilot: { enabled: true },
          privateClusterConfig: { enablePrivateNodes: true },
          controlPlaneEndpointsConfig: { ipEndpointsConfig: { enabled: true, enablePublicEndpoint: false } },
        },
      ],
    },
    [p.datasets]: {
      datasets: [
        {
          id: `${project}:analytics`,
          datasetReference: { projectId: project, datasetId: 'analytics' },
          location: 'US',
        },
      ],
    },
    [p.dataset('analytics')]: {
      id: `${project}:analytics`,
      selfLink: `https://bigquery.googleapis.com/bigquery/v2/projects/${project}/datasets/analytics`,
      datasetReference: { projectId: project, datasetId: 'analytics' },
      location: 'US',
      access: [
        { role: 'OWNER', specialGroup: 'projectOwners' },
        { role: 'READER', groupByEmail: 'analysts@example.com' },
        { role: 'WRITER', userByEmail: sa('reporting') },
      ],
    },
  };
}
