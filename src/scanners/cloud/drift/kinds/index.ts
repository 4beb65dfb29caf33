import { cloudTrailKind } from './cloudtrail';
import type { DriftKind } from './drift-kind';
import { ebsEncryptionKind } from './ebs-encryption';
import { iamPasswordPolicyKind } from './iam-password-policy';
import { kmsKeyKind } from './kms-key';
import { s3AccountPublicAccessBlockKind } from './s3-account-public-access-block';
import { s3BucketKind } from './s3-bucket';
import { s3EncryptionKind } from './s3-encryption';
import { s3PublicAccessBlockKind } from './s3-public-access-block';
import { s3VersioningKind } from './s3-versioning';
import { securityGroupKind } from './security-group';

/** Every kind drift compares, in report order. */
export const DRIFT_KINDS: readonly DriftKind[] = [
  s3BucketKind,
  s3PublicAccessBlockKind,
  s3VersioningKind,
  s3EncryptionKind,
  s3AccountPublicAccessBlockKind,
  iamPasswordPolicyKind,
  cloudTrailKind,
  securityGroupKind,
  kmsKeyKind,
  ebsEncryptionKind,
];
