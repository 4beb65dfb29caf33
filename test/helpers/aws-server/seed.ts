/** A misconfiguration a seed plants on purpose, with the check and resource that must report it. */
export interface Expectation {
  check: string;
  resource: string;
  region?: string;
}

export interface PublicAccessBlockSeed {
  BlockPublicAcls: boolean;
  IgnorePublicAcls: boolean;
  BlockPublicPolicy: boolean;
  RestrictPublicBuckets: boolean;
}

export interface BucketSeed {
  name: string;
  region: string;
  publicAccessBlock: PublicAccessBlockSeed | null;
  policy: Record<string, unknown> | null;
  /** What S3 computes as GetBucketPolicyStatus.IsPublic for the policy. */
  policyIsPublic: boolean;
  grants: { uri?: string; id?: string; permission: string }[];
  /** Default SSE algorithm, or null for no default encryption configuration. */
  encryption: string | null;
  versioning: { status: 'Enabled' | 'Suspended' | null; mfaDelete: boolean };
  loggingTarget: string | null;
}

export interface TrailSeed {
  Name: string;
  TrailARN: string;
  HomeRegion: string;
  IsMultiRegionTrail: boolean;
  IsOrganizationTrail: boolean;
  S3BucketName: string;
  LogFileValidationEnabled: boolean;
  IncludeGlobalServiceEvents: boolean;
  KmsKeyId?: string;
  CloudWatchLogsLogGroupArn?: string;
  CloudWatchLogsRoleArn?: string;
  status: { IsLogging: boolean; LatestCloudWatchLogsDeliveryTime?: Date };
  eventSelectors: { ReadWriteType: string; IncludeManagementEvents: boolean }[];
}

export interface RegionSeed {
  /** EC2 shapes use the element names of the EC2 XML API (groupId, ipPermissions, ...). */
  securityGroups: Record<string, unknown>[];
  networkAcls: Record<string, unknown>[];
  vpcs: Record<string, unknown>[];
  flowLogs: Record<string, unknown>[];
  instances: Record<string, unknown>[];
  ebsEncryptionByDefault: boolean;
  trails: TrailSeed[];
  configRecorders: { recorders: Record<string, unknown>[]; statuses: Record<string, unknown>[] };
  kmsKeys: { metadata: Record<string, unknown>; rotation: boolean }[];
  /** RDS shapes use the RDS XML element names. */
  dbInstances: Record<string, unknown>[];
  fileSystems: Record<string, unknown>[];
  guardDutyDetectors: { id: string; status: 'ENABLED' | 'DISABLED' }[];
  securityHub: boolean;
  secrets: Record<string, unknown>[];
  analyzers: Record<string, unknown>[];
  metricFilters: Record<string, unknown>[];
  alarms: Record<string, unknown>[];
  /** SNS topic ARN -> its subscriptions. */
  topics: Record<string, { SubscriptionArn: string; Protocol: string; Endpoint: string }[]>;
}

export interface IamSeed {
  summary: Record<string, number>;
  passwordPolicy: Record<string, unknown> | null;
  virtualMfaDevices: Record<string, unknown>[];
  /** Rows of the credential report, by CSV column name. */
  credentialReport: Record<string, string>[];
  users: Record<string, unknown>[];
  groups: Record<string, unknown>[];
  /** Roles as GetAccountAuthorizationDetails lists them (documents as objects; the server URL-encodes them). */
  roles: Record<string, unknown>[];
  policies: Record<string, unknown>[];
  serverCertificates: Record<string, unknown>[];
  /** AWS managed policy name -> the principals it is attached to. */
  policyEntities: Record<string, { users: string[]; groups: string[]; roles: string[] }>;
}

/** Who may obtain credentials for a role through STS. */
export interface StsRoleSeed {
  name: string;
  /** GitHub OIDC subjects (with `*` wildcards) accepted by AssumeRoleWithWebIdentity. */
  oidcSubjects?: string[];
  /** Accounts whose principals may call AssumeRole. */
  trustedAccounts?: string[];
  maxSessionSeconds?: number;
}

export interface AccountSeed {
  id: string;
  enabledRegions: string[];
  disabledRegions: string[];
  /** Long-term keys, for clients that use the default credential chain. */
  staticKeys: { accessKeyId: string; secretAccessKey: string }[];
  stsRoles: StsRoleSeed[];
  iam: IamSeed;
  s3: { accountBlock: PublicAccessBlockSeed | null; buckets: BucketSeed[] };
  regions: Record<string, RegionSeed>;
  expectations: Expectation[];
}

export interface OrganizationSeed {
  management: string;
  members: string[];
}
