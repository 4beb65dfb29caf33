import type { Expectation } from '../world';

export const COMPUTE = 'https://www.googleapis.com/compute/v1';

/** The API paths of one project, as the loopback server keys them (no leading slash). */
export function paths(project: string) {
  return {
    iamPolicy: `v1/projects/${project}:getIamPolicy`,
    serviceAccounts: `v1/projects/${project}/serviceAccounts`,
    keys: (email: string) => `v1/projects/${project}/serviceAccounts/${email}/keys`,
    pools: `v1/projects/${project}/locations/global/workloadIdentityPools`,
    /** Pools are named with the project number, as Google returns them. */
    providers: (pool: string) => `v1/${pool}/providers`,
    sinks: `v2/projects/${project}/sinks`,
    firewalls: `compute/v1/projects/${project}/global/firewalls`,
    networks: `compute/v1/projects/${project}/global/networks`,
    subnetworks: `compute/v1/projects/${project}/aggregated/subnetworks`,
    instances: `compute/v1/projects/${project}/aggregated/instances`,
    computeProject: `compute/v1/projects/${project}`,
    buckets: 'storage/v1/b',
    bucketIam: (bucket: string) => `storage/v1/b/${bucket}/iam`,
    sqlInstances: `v1/projects/${project}/instances`,
    kmsLocations: `v1/projects/${project}/locations`,
    keyRings: (location: string) => `v1/projects/${project}/locations/${location}/keyRings`,
    cryptoKeys: (ring: string) => `v1/${ring}/cryptoKeys`,
    keyIam: (key: string) => `v1/${key}:getIamPolicy`,
    clusters: `v1/projects/${project}/locations/-/clusters`,
    datasets: `bigquery/v2/projects/${project}/datasets`,
    dataset: (id: string) => `bigquery/v2/projects/${project}/datasets/${id}`,
  };
}

export function projectResource(project: string): string {
  return `//cloudresourcemanager.googleapis.com/projects/${project}`;
}

export function memberResource(project: string, member: string): string {
  return `${projectResource(project)}/members/${member}`;
}

export function instanceLink(project: string, zone: string, name: string): string {
  return `${COMPUTE}/projects/${project}/zones/${zone}/instances/${name}`;
}

export function subnetLink(project: string, region: string, name: string): string {
  return `${COMPUTE}/projects/${project}/regions/${region}/subnetworks/${name}`;
}

/** A Compute Engine aggregated list body: scope (`zones/x`, `regions/y`) -> items under `key`. */
export function aggregated(key: string, byScope: Record<string, unknown[]>): unknown {
  return {
    kind: `compute#${key}AggregatedList`,
    items: Object.fromEntries(
      Object.entries(byScope).map(([scope, items]) =>
        items.length > 0
          ? [scope, { [key]: items }]
          : [scope, { warning: { code: 'NO_RESULTS_ON_PAGE', message: 'There are no results for scope.' } }],
      ),
    ),
  };
}

export interface InstanceOptions {
  project: string;
  zone: string;
  name: string;
  serviceAccount: string;
  scopes?: string[];
  metadata?: Record<string, string>;
  externalIp?: string;
  shielded?: { secureBoot: boolean; vtpm: boolean; integrity: boolean };
  canIpForward?: boolean;
  labels?: Record<string, string>;
}

/** A VM as instances.aggregatedList returns it. */
export function instance(options: InstanceOptions): Record<string, unknown> {
  const { project, zone, name } = options;
  const region = zone.replace(/-[a-z]$/, '');
  const shielded = options.shielded ?? { secureBoot: true, vtpm: true, integrity: true };
  return {
    kind: 'compute#instance',
    id: String(4_000_000_000 + name.length * 7919),
    name,
    zone: `${COMPUTE}/projects/${project}/zones/${zone}`,
    machineType: `${COMPUTE}/projects/${project}/zones/${zone}/machineTypes/e2-standard-2`,
    status: 'RUNNING',
    canIpForward: options.canIpForward ?? false,
    networkInterfaces: [
      {
        name: 'nic0',
        network: `${COMPUTE}/projects/${project}/global/networks/prod-vpc`,
        subnetwork: `${COMPUTE}/projects/${project}/regions/${region}/subnetworks/app`,
        networkIP: '10.10.1.12',
        ...(options.externalIp
          ? {
              accessConfigs: [
                {
                  type: 'ONE_TO_ONE_NAT',
                  name: 'External NAT',
                  natIP: options.externalIp,
                  networkTier: 'PREMIUM',
                },
              ],
            }
          : {}),
      },
    ],
    serviceAccounts: [
      {
        email: options.serviceAccount,
        scopes: options.scopes ?? ['https://www.googleapis.com/auth/cloud-platform'],
      },
    ],
    metadata: {
      kind: 'compute#metadata',
      fingerprint: 'x0KJ7vUq0yY=',
      items: Object.entries(options.metadata ?? {}).map(([key, value]) => ({ key, value })),
    },
    shieldedInstanceConfig: {
      enableSecureBoot: shielded.secureBoot,
      enableVtpm: shielded.vtpm,
      enableIntegrityMonitoring: shielded.integrity,
    },
    labels: options.labels ?? {},
    selfLink: instanceLink(project, zone, name),
  };
}

export function expectFinding(expectations: Expectation[], check: string, resource: string): void {
  expectations.push({ check: `gcp-audit-${check}`, resource });
}
