import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  S3Client,
  type Grant,
  type ServerSideEncryptionRule,
} from '@aws-sdk/client-s3';
import { errorCode } from '../../aws/aws-errors';
import type { CollectEnv } from './collect-env';
import { missing, type Collected } from './collected';
import { mapLimited } from './limiter';
import { parsePolicyDocument, type PolicyDocument } from './policy-document';
import { toPublicAccessBlock, type Bucket, type PublicAccessBlock } from './s3-buckets';

/** One value per bucket name; a bucket whose value could not be read carries the reason. */
export type PerBucket<T> = Map<string, Collected<T>>;

export interface BucketVersioning {
  status: 'Enabled' | 'Suspended' | 'Off';
  mfaDelete: boolean;
}

export interface BucketPolicy {
  text: string;
  document: PolicyDocument | undefined;
}

const BUCKETS_AT_ONCE = 8;

async function perBucket<T>(
  env: CollectEnv,
  buckets: Bucket[],
  action: string,
  read: (s3: S3Client, bucket: string) => Promise<T>,
  absent?: { codes: string[]; value: T },
): Promise<PerBucket<T>> {
  const values = await mapLimited(buckets, BUCKETS_AT_ONCE, async (bucket) => {
    if (!bucket.region)
      return missing<T>(bucket.regionProblem ?? `the region of bucket ${bucket.name} is unknown`);
    const s3 = env.client(S3Client, bucket.region);
    return env.attempt(action, bucket.region, async () => {
      try {
        return await read(s3, bucket.name);
      } catch (error) {
        if (absent?.codes.includes(errorCode(error))) return absent.value;
        throw error;
      }
    });
  });
  return new Map(buckets.map((bucket, index) => [bucket.name, values[index]!]));
}

export function collectBucketPublicAccessBlocks(
  env: CollectEnv,
  buckets: Bucket[],
): Promise<PerBucket<PublicAccessBlock | null>> {
  return perBucket(
    env,
    buckets,
    's3:GetBucketPublicAccessBlock',
    async (s3, Bucket) =>
      toPublicAccessBlock(
        (await s3.send(new GetPublicAccessBlockCommand({ Bucket }))).PublicAccessBlockConfiguration,
      ),
    { codes: ['NoSuchPublicAccessBlockConfiguration'], value: null },
  );
}

export function collectBucketPolicies(
  env: CollectEnv,
  buckets: Bucket[],
): Promise<PerBucket<BucketPolicy | null>> {
  return perBucket(
    env,
    buckets,
    's3:GetBucketPolicy',
    async (s3, Bucket) => {
      const text = (await s3.send(new GetBucketPolicyCommand({ Bucket }))).Policy;
      return text ? { text, document: parsePolicyDocument(text) } : null;
    },
    { codes: ['NoSuchBucketPolicy'], value: null },
  );
}

/** Whether S3 itself evaluates the bucket policy as public. */
export function collectBucketPolicyStatus(env: CollectEnv, buckets: Bucket[]): Promise<PerBucket<boolean>> {
  return perBucket(
    env,
    buckets,
    's3:GetBucketPolicyStatus',
    async (s3, Bucket) =>
      (await s3.send(new GetBucketPolicyStatusCommand({ Bucket }))).PolicyStatus?.IsPublic === true,
    { codes: ['NoSuchBucketPolicy'], value: false },
  );
}

export function collectBucketAcls(env: CollectEnv, buckets: Bucket[]): Promise<PerBucket<Grant[]>> {
  return perBucket(
    env,
    buckets,
    's3:GetBucketAcl',
    async (s3, Bucket) => (await s3.send(new GetBucketAclCommand({ Bucket }))).Grants ?? [],
  );
}

export function collectBucketEncryption(
  env: CollectEnv,
  buckets: Bucket[],
): Promise<PerBucket<ServerSideEncryptionRule[] | null>> {
  return perBucket(
    env,
    buckets,
    's3:GetEncryptionConfiguration',
    async (s3, Bucket) =>
      (await s3.send(new GetBucketEncryptionCommand({ Bucket }))).ServerSideEncryptionConfiguration?.Rules ??
      null,
    { codes: ['ServerSideEncryptionConfigurationNotFoundError'], value: null },
  );
}

export function collectBucketVersioning(
  env: CollectEnv,
  buckets: Bucket[],
): Promise<PerBucket<BucketVersioning>> {
  return perBucket(env, buckets, 's3:GetBucketVersioning', async (s3, Bucket) => {
    const output = await s3.send(new GetBucketVersioningCommand({ Bucket }));
    const status = output.Status === 'Enabled' || output.Status === 'Suspended' ? output.Status : 'Off';
    return { status, mfaDelete: output.MFADelete === 'Enabled' };
  });
}

/** The bucket that receives the bucket's server access logs, or null when logging is off. */
export function collectBucketLogging(env: CollectEnv, buckets: Bucket[]): Promise<PerBucket<string | null>> {
  return perBucket(
    env,
    buckets,
    's3:GetBucketLogging',
    async (s3, Bucket) =>
      (await s3.send(new GetBucketLoggingCommand({ Bucket }))).LoggingEnabled?.TargetBucket ?? null,
  );
}
