import { randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { AccountSeed, OrganizationSeed, RegionSeed } from './seed';

export interface IssuedCredentials {
  secretAccessKey: string;
  sessionToken?: string;
  account: string;
  arn: string;
  expiresAt?: number;
}

export interface CallRecord {
  service: string;
  operation: string;
  account: string;
  region: string;
  status: number;
  code?: string;
  accessKeyId?: string;
}

export interface CallInfo {
  service: string;
  operation: string;
  account: string;
  region: string;
}

export interface FaultPlan {
  /** Answer AccessDenied (in the service's spelling) to matching calls. */
  deny?: (call: CallInfo) => boolean;
  /** Answer a throttling error to matching attempts; called once per attempt. */
  throttle?: (call: CallInfo) => boolean;
  /** Milliseconds to wait before answering, to simulate AWS's latency. */
  latencyMs?: () => number;
}

export interface OidcTrust {
  issuer: string;
  audience: string;
  publicKey: KeyObject;
}

/** The state behind the loopback endpoints: accounts, issued credentials, faults and a record of every call. */
export class AwsWorld {
  readonly accounts = new Map<string, AccountSeed>();
  readonly credentials = new Map<string, IssuedCredentials>();
  readonly calls: CallRecord[] = [];
  /** Calls that reached GenerateCredentialReport, per account, for the "requested once" assertion. */
  readonly reportGenerations = new Map<string, number>();
  faults: FaultPlan = {};

  constructor(
    seeds: AccountSeed[],
    readonly organization: OrganizationSeed | undefined,
    readonly oidc: OidcTrust | undefined,
    readonly clock: () => number,
  ) {
    for (const seed of seeds) {
      this.accounts.set(seed.id, seed);
      for (const key of seed.staticKeys) {
        this.credentials.set(key.accessKeyId, {
          secretAccessKey: key.secretAccessKey,
          account: seed.id,
          arn: `arn:aws:iam::${seed.id}:user/auditor`,
        });
      }
    }
  }

  account(id: string): AccountSeed {
    const account = this.accounts.get(id);
    if (!account) throw new Error(`no seeded account ${id}`);
    return account;
  }

  region(account: string, region: string): RegionSeed {
    return this.account(account).regions[region] ?? emptyRegion();
  }

  issue(
    account: string,
    arn: string,
    durationSeconds: number,
  ): { accessKeyId: string; secretAccessKey: string; sessionToken: string; expiration: Date } {
    const accessKeyId = `ASIA${randomBytes(8).toString('hex').toUpperCase()}`;
    const secretAccessKey = randomBytes(30).toString('base64');
    const sessionToken = randomBytes(48).toString('base64');
    const expiresAt = this.clock() + durationSeconds * 1000;
    this.credentials.set(accessKeyId, { secretAccessKey, sessionToken, account, arn, expiresAt });
    return { accessKeyId, secretAccessKey, sessionToken, expiration: new Date(expiresAt) };
  }

  /** Every trail an account sees from a region: its own homed there, its multi-region ones, and organisation trails. */
  visibleTrails(account: string, region: string) {
    const own = Object.values(this.account(account).regions).flatMap((seed) => seed.trails);
    const visible = own.filter((trail) => trail.HomeRegion === region || trail.IsMultiRegionTrail);
    const org = this.organization;
    if (org && org.members.includes(account) && account !== org.management) {
      const management = this.accounts.get(org.management);
      const orgTrails = Object.values(management?.regions ?? {})
        .flatMap((seed) => seed.trails)
        .filter(
          (trail) => trail.IsOrganizationTrail && (trail.HomeRegion === region || trail.IsMultiRegionTrail),
        );
      visible.push(...orgTrails);
    }
    return visible;
  }

  findTrail(arn: string) {
    for (const account of this.accounts.values()) {
      for (const seed of Object.values(account.regions)) {
        const trail = seed.trails.find((entry) => entry.TrailARN === arn || entry.Name === arn);
        if (trail) return { trail, owner: account.id };
      }
    }
    return undefined;
  }
}

export function emptyRegion(): RegionSeed {
  return {
    securityGroups: [],
    networkAcls: [],
    vpcs: [],
    flowLogs: [],
    instances: [],
    ebsEncryptionByDefault: true,
    trails: [],
    configRecorders: { recorders: [], statuses: [] },
    kmsKeys: [],
    dbInstances: [],
    fileSystems: [],
    guardDutyDetectors: [],
    securityHub: false,
    secrets: [],
    analyzers: [],
    metricFilters: [],
    alarms: [],
    topics: {},
  };
}
