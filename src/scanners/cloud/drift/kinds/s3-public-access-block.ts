import type { PublicAccessBlock } from '../../collectors/aws/s3-buckets';
import { asBoolean, BOOLEAN_STRICTNESS, type SettingSpec } from '../settings';
import { compareSettings } from '../settings';
import type { DriftKind } from './drift-kind';
import { compareBucketConfigs } from './s3-bucket-target';

/** The four flags, shared with the account-wide block; no configuration at all means all four off. */
export function publicAccessBlockSpecs(live: PublicAccessBlock | null): SettingSpec[] {
  const flag = (path: string, value: boolean | undefined): SettingSpec => ({
    path,
    default: false,
    live: value ?? false,
    normalise: asBoolean,
    strictness: BOOLEAN_STRICTNESS,
  });
  return [
    flag('block_public_acls', live?.blockPublicAcls),
    flag('block_public_policy', live?.blockPublicPolicy),
    flag('ignore_public_acls', live?.ignorePublicAcls),
    flag('restrict_public_buckets', live?.restrictPublicBuckets),
  ];
}

export const s3PublicAccessBlockKind: DriftKind = {
  types: ['aws_s3_bucket_public_access_block'],
  accountKeys: ['s3.buckets', 's3.bucketPublicAccessBlocks'],
  regionKeys: [],
  compare(context) {
    compareBucketConfigs<PublicAccessBlock | null>(context, {
      type: 'aws_s3_bucket_public_access_block',
      key: 's3.bucketPublicAccessBlocks',
      label: 'public access block',
      compare: (resource, live) => compareSettings(resource, publicAccessBlockSpecs(live)),
    });
  },
};
