import type { FlowLog, Instance, NetworkAcl, SecurityGroup, Vpc } from '@aws-sdk/client-ec2';
import type { FileSystemDescription } from '@aws-sdk/client-efs';
import type { PasswordPolicy, ServerCertificateMetadata, VirtualMFADevice } from '@aws-sdk/client-iam';
import type { DBInstance } from '@aws-sdk/client-rds';
import type { Grant, ServerSideEncryptionRule } from '@aws-sdk/client-s3';
import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';
import type { AnalyzerSummary } from '@aws-sdk/client-accessanalyzer';
import { collectAnalyzers } from './access-analyzer';
import { collectTrails, type Trails } from './cloudtrail';
import { collectTrailMonitoring, type TrailMonitoring } from './cloudwatch-monitoring';
import type { CollectEnv } from './collect-env';
import { collectConfigRecorders, type ConfigRecorders } from './config-service';
import {
  collectEbsEncryptionByDefault,
  collectFlowLogs,
  collectInstances,
  collectNetworkAcls,
  collectSecurityGroups,
  collectVpcs,
} from './ec2';
import { collectFileSystems } from './efs';
import { collectGuardDutyDetectors, type GuardDutyDetector } from './guardduty';
import {
  collectAccountSummary,
  collectPasswordPolicy,
  collectPolicyEntities,
  collectServerCertificates,
  collectVirtualMfaDevices,
  type AccountSummary,
  type PolicyEntities,
} from './iam-account';
import { collectAuthorization, type IamAuthorization } from './iam-authorization';
import { collectCredentialReport, type CredentialReport } from './iam-credential-report';
import { collectKmsKeys, type KmsKey } from './kms';
import { collectDbInstances } from './rds';
import {
  collectBucketAcls,
  collectBucketEncryption,
  collectBucketLogging,
  collectBucketPolicies,
  collectBucketPolicyStatus,
  collectBucketPublicAccessBlocks,
  collectBucketVersioning,
  type BucketPolicy,
  type BucketVersioning,
  type PerBucket,
} from './s3-bucket-details';
import {
  collectAccountPublicAccessBlock,
  collectBuckets,
  type Bucket,
  type PublicAccessBlock,
} from './s3-buckets';
import { collectSecrets } from './secrets-manager';
import { collectSecurityHub, type SecurityHubState } from './securityhub';

/** What the audit reads once per account (global services, or an account-wide view over all regions). */
export interface AccountDatasets {
  'iam.credentialReport': CredentialReport;
  'iam.accountSummary': AccountSummary;
  'iam.passwordPolicy': PasswordPolicy | null;
  'iam.virtualMfaDevices': VirtualMFADevice[];
  'iam.authorization': IamAuthorization;
  'iam.serverCertificates': ServerCertificateMetadata[];
  'iam.supportAccessEntities': PolicyEntities;
  'iam.cloudShellEntities': PolicyEntities;
  's3.accountPublicAccessBlock': PublicAccessBlock | null;
  's3.buckets': Bucket[];
  's3.bucketPublicAccessBlocks': PerBucket<PublicAccessBlock | null>;
  's3.bucketPolicies': PerBucket<BucketPolicy | null>;
  's3.bucketPolicyStatus': PerBucket<boolean>;
  's3.bucketAcls': PerBucket<Grant[]>;
  's3.bucketEncryption': PerBucket<ServerSideEncryptionRule[] | null>;
  's3.bucketVersioning': PerBucket<BucketVersioning>;
  's3.bucketLogging': PerBucket<string | null>;
  'cloudtrail.trails': Trails;
  'cloudwatch.trailMonitoring': TrailMonitoring;
}

/** What the audit reads in every region. */
export interface RegionDatasets {
  'ec2.securityGroups': SecurityGroup[];
  'ec2.networkAcls': NetworkAcl[];
  'ec2.vpcs': Vpc[];
  'ec2.flowLogs': FlowLog[];
  'ec2.instances': Instance[];
  'ec2.ebsEncryptionByDefault': boolean;
  'config.recorders': ConfigRecorders;
  'kms.keys': KmsKey[];
  'rds.instances': DBInstance[];
  'efs.fileSystems': FileSystemDescription[];
  'guardduty.detectors': GuardDutyDetector[];
  'securityhub.hub': SecurityHubState;
  'secretsmanager.secrets': SecretListEntry[];
  'accessanalyzer.analyzers': AnalyzerSummary[];
}

export type AccountKey = keyof AccountDatasets;
export type RegionKey = keyof RegionDatasets;

/** How a collector reaches another account dataset it builds on. */
export type Dependency = <K extends AccountKey>(key: K) => Promise<AccountDatasets[K]>;

type AccountCollectors = {
  [K in AccountKey]: (env: CollectEnv, need: Dependency) => Promise<AccountDatasets[K]>;
};
type RegionCollectors = { [K in RegionKey]: (env: CollectEnv) => Promise<RegionDatasets[K]> };

export const ACCOUNT_COLLECTORS: AccountCollectors = {
  'iam.credentialReport': collectCredentialReport,
  'iam.accountSummary': collectAccountSummary,
  'iam.passwordPolicy': collectPasswordPolicy,
  'iam.virtualMfaDevices': collectVirtualMfaDevices,
  'iam.authorization': collectAuthorization,
  'iam.serverCertificates': collectServerCertificates,
  'iam.supportAccessEntities': (env) => collectPolicyEntities(env, 'AWSSupportAccess'),
  'iam.cloudShellEntities': (env) => collectPolicyEntities(env, 'AWSCloudShellFullAccess'),
  's3.accountPublicAccessBlock': collectAccountPublicAccessBlock,
  's3.buckets': collectBuckets,
  's3.bucketPublicAccessBlocks': async (env, need) =>
    collectBucketPublicAccessBlocks(env, await need('s3.buckets')),
  's3.bucketPolicies': async (env, need) => collectBucketPolicies(env, await need('s3.buckets')),
  's3.bucketPolicyStatus': async (env, need) => collectBucketPolicyStatus(env, await need('s3.buckets')),
  's3.bucketAcls': async (env, need) => collectBucketAcls(env, await need('s3.buckets')),
  's3.bucketEncryption': async (env, need) => collectBucketEncryption(env, await need('s3.buckets')),
  's3.bucketVersioning': async (env, need) => collectBucketVersioning(env, await need('s3.buckets')),
  's3.bucketLogging': async (env, need) => collectBucketLogging(env, await need('s3.buckets')),
  'cloudtrail.trails': collectTrails,
  'cloudwatch.trailMonitoring': async (env, need) =>
    collectTrailMonitoring(env, await need('cloudtrail.trails')),
};

export const REGION_COLLECTORS: RegionCollectors = {
  'ec2.securityGroups': collectSecurityGroups,
  'ec2.networkAcls': collectNetworkAcls,
  'ec2.vpcs': collectVpcs,
  'ec2.flowLogs': collectFlowLogs,
  'ec2.instances': collectInstances,
  'ec2.ebsEncryptionByDefault': collectEbsEncryptionByDefault,
  'config.recorders': collectConfigRecorders,
  'kms.keys': collectKmsKeys,
  'rds.instances': collectDbInstances,
  'efs.fileSystems': collectFileSystems,
  'guardduty.detectors': collectGuardDutyDetectors,
  'securityhub.hub': collectSecurityHub,
  'secretsmanager.secrets': collectSecrets,
  'accessanalyzer.analyzers': collectAnalyzers,
};

export function isAccountKey(key: string): key is AccountKey {
  return Object.hasOwn(ACCOUNT_COLLECTORS, key);
}
