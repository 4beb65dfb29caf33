import { GetBucketLocationCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { errorCode } from '../../aws/aws-errors';
import type { CollectEnv } from './collect-env';

export interface Bucket {
  name: string;
  arn: string;
  /** Undefined when the bucket's region could not be read; its details are then not assessed. */
  region: string | undefined;
  regionProblem?: string;
}

export interface PublicAccessBlock {
  blockPublicAcls: boolean;
  ignorePublicAcls: boolean;
  blockPublicPolicy: boolean;
  restrictPublicBuckets: boolean;
}

export function toPublicAccessBlock(
  config:
    | {
        BlockPublicAcls?: boolean;
        IgnorePublicAcls?: boolean;
        BlockPublicPolicy?: boolean;
        RestrictPublicBuckets?: boolean;
      }
    | undefined,
): PublicAccessBlock | null {
  if (!config) return null;
  return {
    blockPublicAcls: config.BlockPublicAcls === true,
    ignorePublicAcls: config.IgnorePublicAcls === true,
    blockPublicPolicy: config.BlockPublicPolicy === true,
    restrictPublicBuckets: config.RestrictPublicBuckets === true,
  };
}

/** The account-wide S3 Block Public Access setting (S3 Control), or null when none is set. */
export async function collectAccountPublicAccessBlock(env: CollectEnv): Promise<PublicAccessBlock | null> {
  const region = env.session.homeRegion;
  const control = env.client(S3ControlClient, region);
  return env.call('s3:GetAccountPublicAccessBlock', region, async () => {
    try {
      const output = await control.send(new GetPublicAccessBlockCommand({ AccountId: env.account }));
      return toPublicAccessBlock(output.PublicAccessBlockConfiguration);
    } catch (error) {
      if (errorCode(error) === 'NoSuchPublicAccessBlockConfiguration') return null;
      throw error;
    }
  });
}

/** Every bucket of the account with its region (from ListBuckets, or GetBucketLocation when absent). */
export async function collectBuckets(env: CollectEnv): Promise<Bucket[]> {
  const region = env.session.homeRegion;
  const s3 = env.client(S3Client, region);
  const listed = await env.pages('s3:ListAllMyBuckets', region, async (token) => {
    const output = await s3.send(
      new ListBucketsCommand({ MaxBuckets: 1000, ...(token ? { ContinuationToken: token } : {}) }),
    );
    return { items: output.Buckets ?? [], next: output.ContinuationToken };
  });
  const buckets: Bucket[] = [];
  for (const entry of listed) {
    if (!entry.Name) continue;
    const arn = `arn:${env.session.partition}:s3:::${entry.Name}`;
    if (entry.BucketRegion) {
      buckets.push({ name: entry.Name, arn, region: entry.BucketRegion });
      continue;
    }
    const location = await env.attempt('s3:GetBucketLocation', region, () =>
      s3.send(new GetBucketLocationCommand({ Bucket: entry.Name })),
    );
    buckets.push(
      location.ok
        ? { name: entry.Name, arn, region: locationRegion(location.value.LocationConstraint) }
        : { name: entry.Name, arn, region: undefined, regionProblem: location.reason },
    );
  }
  return buckets;
}

/** GetBucketLocation answers null for us-east-1 and the legacy `EU` for eu-west-1. */
function locationRegion(constraint: string | undefined | null): string {
  if (!constraint) return 'us-east-1';
  return constraint === 'EU' ? 'eu-west-1' : constraint;
}
