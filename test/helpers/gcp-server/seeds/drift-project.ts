import type { GcpSeed, ProjectSeed } from '../world';
import { COMPUTE, aggregated, paths } from './builders';
import { bucket, firewall, sqlInstance, subnet } from './resources';

export const DRIFT_PROJECT = 'shop-drift-prod';
const NUMBER = '271828182845';

/** The bucket nobody declared, made by hand in the console. */
export const UNMANAGED_BUCKET = `${DRIFT_PROJECT}-exports`;

/**
 * The live side of test/fixtures/drift-gcp/project: everything as the code declares it, except that the
 * assets bucket's uniform access was turned off and the IAP SSH rule was opened to the Internet by hand,
 * plus one bucket made in the console. Google-made resources (a Cloud Build bucket, the default network's
 * rules, a GKE rule) are there too and must not count as unmanaged.
 */
export function driftProject(project = DRIFT_PROJECT): ProjectSeed {
  const p = paths(project);
  const network = `${COMPUTE}/projects/${project}/global/networks/shop-vpc`;
  const onShop = (rule: Record<string, unknown>) => ({ ...rule, network });
  const assets = `${project}-assets`;
  const auditLogs = `${project}-audit-logs`;
  const owners = { role: 'roles/storage.legacyBucketOwner', members: [`projectOwner:${project}`] };
  return {
    projectId: project,
    projectNumber: NUMBER,
    name: 'Shop production',
    resources: {
      [p.buckets]: {
        kind: 'storage#buckets',
        items: [
          bucket(assets, 'EU', false, {
            iamConfiguration: {
              uniformBucketLevelAccess: { enabled: false },
              publicAccessPrevention: 'enforced',
            },
            versioning: { enabled: true },
          }),
          bucket(auditLogs, 'EU', true),
          bucket(UNMANAGED_BUCKET, 'EUROPE-WEST1', true),
          bucket(`${project}_cloudbuild`, 'US', true),
        ],
      },
      [p.bucketIam(assets)]: {
        version: 1,
        bindings: [owners, { role: 'roles/storage.objectViewer', members: ['group:web-team@example.com'] }],
      },
      [p.bucketIam(auditLogs)]: { version: 1, bindings: [owners] },
      [p.bucketIam(UNMANAGED_BUCKET)]: { version: 1, bindings: [owners] },
      [p.bucketIam(`${project}_cloudbuild`)]: { version: 1, bindings: [owners] },
      [p.firewalls]: {
        items: [
          onShop(firewall(project, 'allow-iap-ssh', ['0.0.0.0/0'], [{ IPProtocol: 'tcp', ports: ['22'] }])),
          onShop(
            firewall(
              project,
              'allow-internal',
              ['10.20.0.0/16'],
              [{ IPProtocol: 'tcp', ports: ['443', '8080-8090'] }, { IPProtocol: 'icmp' }],
            ),
          ),
          {
            ...firewall(project, 'default-allow-ssh', ['0.0.0.0/0'], [{ IPProtocol: 'tcp', ports: ['22'] }]),
            network: `${COMPUTE}/projects/${project}/global/networks/default`,
            priority: 65534,
          },
          onShop(
            firewall(
              project,
              'gke-shop-9f3e1a2b-all',
              ['10.60.0.0/14'],
              [{ IPProtocol: 'tcp' }, { IPProtocol: 'udp' }],
            ),
          ),
        ],
      },
      [p.networks]: {
        items: [{ name: 'shop-vpc', autoCreateSubnetworks: false, selfLink: network }],
      },
      [p.subnetworks]: aggregated('subnetworks', {
        'regions/europe-west1': [{ ...subnet(project, 'europe-west1', 'app', '10.20.1.0/24'), network }],
        'regions/us-central1': [],
      }),
      [p.sqlInstances]: {
        items: [
          {
            ...sqlInstance(project, 'orders-db', {
              instanceType: 'CLOUD_SQL_INSTANCE',
              backups: true,
              ip: {
                ipv4Enabled: false,
                privateNetwork: `projects/${project}/global/networks/shop-vpc`,
                sslMode: 'ENCRYPTED_ONLY',
              },
            }),
            region: 'europe-west1',
          },
        ],
      },
    },
  };
}

export function driftSeed(): GcpSeed {
  return {
    projects: [driftProject()],
    expectations: [
      { check: 'gcp-drift-setting-changed', resource: 'google_storage_bucket.assets' },
      { check: 'gcp-drift-setting-changed', resource: 'google_compute_firewall.iap_ssh' },
      {
        check: 'gcp-drift-unmanaged-resource',
        resource: `https://www.googleapis.com/storage/v1/b/${UNMANAGED_BUCKET}`,
      },
    ],
  };
}
