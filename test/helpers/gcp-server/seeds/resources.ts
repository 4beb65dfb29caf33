import { COMPUTE, subnetLink } from './builders';

/** Resources as the Google APIs return them, hardened unless told otherwise. */

export function serviceAccount(project: string, email: string): Record<string, unknown> {
  return {
    name: `projects/${project}/serviceAccounts/${email}`,
    projectId: project,
    uniqueId: String(100_000_000_000_000_000_000n + BigInt(email.length)),
    email,
  };
}

export function firewall(
  project: string,
  name: string,
  sources: string[],
  allowed: unknown[],
): Record<string, unknown> {
  return {
    name,
    network: `${COMPUTE}/projects/${project}/global/networks/prod-vpc`,
    direction: 'INGRESS',
    priority: 1000,
    sourceRanges: sources,
    allowed,
    selfLink: `${COMPUTE}/projects/${project}/global/firewalls/${name}`,
  };
}

export function subnet(
  project: string,
  region: string,
  name: string,
  range: string,
): Record<string, unknown> {
  return {
    name,
    network: `${COMPUTE}/projects/${project}/global/networks/prod-vpc`,
    region: `${COMPUTE}/projects/${project}/regions/${region}`,
    ipCidrRange: range,
    purpose: 'PRIVATE',
    privateIpGoogleAccess: true,
    logConfig: {
      enable: true,
      aggregationInterval: 'INTERVAL_5_SEC',
      flowSampling: 0.5,
      metadata: 'INCLUDE_ALL_METADATA',
    },
    selfLink: subnetLink(project, region, name),
  };
}

export function bucket(
  name: string,
  location: string,
  uniform: boolean,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    kind: 'storage#bucket',
    id: name,
    name,
    location,
    storageClass: 'STANDARD',
    selfLink: `https://www.googleapis.com/storage/v1/b/${name}`,
    iamConfiguration: {
      uniformBucketLevelAccess: { enabled: uniform },
      publicAccessPrevention: uniform ? 'enforced' : 'inherited',
    },
    ...extra,
  };
}

export function sqlInstance(
  project: string,
  name: string,
  options: {
    instanceType: string;
    backups: boolean;
    masterInstanceName?: string;
    ip?: Record<string, unknown>;
    version?: string;
  },
): Record<string, unknown> {
  return {
    kind: 'sql#instance',
    name,
    project,
    region: 'us-central1',
    databaseVersion: options.version ?? 'POSTGRES_15',
    instanceType: options.instanceType,
    ...(options.masterInstanceName ? { masterInstanceName: options.masterInstanceName } : {}),
    selfLink: `https://sqladmin.googleapis.com/v1/projects/${project}/instances/${name}`,
    ipAddresses: [{ type: 'PRIVATE', ipAddress: '10.20.0.5' }],
    settings: {
      tier: 'db-custom-2-7680',
      ipConfiguration: options.ip ?? {
        ipv4Enabled: false,
        privateNetwork: `projects/${project}/global/networks/prod-vpc`,
        sslMode: 'ENCRYPTED_ONLY',
        requireSsl: true,
      },
      backupConfiguration: {
        enabled: options.backups,
        startTime: '03:00',
        pointInTimeRecoveryEnabled: options.backups,
      },
    },
  };
}
