import type { ServerSideEncryptionRule } from '@aws-sdk/client-s3';
import { compareSettings } from '../settings';
import type { DriftKind } from './drift-kind';
import { compareBucketConfigs } from './s3-bucket-target';

/** Stronger algorithms rank higher: KMS keys can be audited and revoked, dual-layer adds a second layer. */
const RANK: Record<string, number> = { AES256: 1, 'aws:kms': 2, 'aws:kms:dsse': 3 };

export const s3EncryptionKind: DriftKind = {
  types: ['aws_s3_bucket_server_side_encryption_configuration'],
  accountKeys: ['s3.buckets', 's3.bucketEncryption'],
  regionKeys: [],
  compare(context) {
    compareBucketConfigs<ServerSideEncryptionRule[] | null>(context, {
      type: 'aws_s3_bucket_server_side_encryption_configuration',
      key: 's3.bucketEncryption',
      label: 'default encryption',
      compare: (resource, live) =>
        compareSettings(resource, [
          {
            path: 'rule.0.apply_server_side_encryption_by_default.0.sse_algorithm',
            live: live?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm ?? null,
            strictness: (value) => (typeof value === 'string' ? (RANK[value] ?? 0) : 0),
          },
        ]),
    });
  },
};
