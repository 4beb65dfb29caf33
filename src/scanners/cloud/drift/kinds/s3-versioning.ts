import type { BucketVersioning } from '../../collectors/aws/s3-bucket-details';
import { compareSettings } from '../settings';
import type { DriftKind } from './drift-kind';
import { compareBucketConfigs } from './s3-bucket-target';

/** A bucket that never had versioning reads as `Off`; Terraform spells that state `Disabled`. */
const status = (value: unknown): unknown => (value === 'Off' ? 'Disabled' : value);
/** The provider records an MFA delete never configured as ''; live, it reads as off. */
const mfaDelete = (value: unknown): unknown =>
  value === true || value === 'Enabled' ? 'Enabled' : value === false || value === '' ? 'Disabled' : value;

export const s3VersioningKind: DriftKind = {
  types: ['aws_s3_bucket_versioning'],
  accountKeys: ['s3.buckets', 's3.bucketVersioning'],
  regionKeys: [],
  compare(context) {
    compareBucketConfigs<BucketVersioning>(context, {
      type: 'aws_s3_bucket_versioning',
      key: 's3.bucketVersioning',
      label: 'versioning configuration',
      compare: (resource, live) =>
        compareSettings(resource, [
          {
            path: 'versioning_configuration.0.status',
            live: live.status,
            normalise: status,
            strictness: (value) => (value === 'Enabled' ? 1 : 0),
          },
          {
            path: 'versioning_configuration.0.mfa_delete',
            default: 'Disabled',
            live: live.mfaDelete,
            normalise: mfaDelete,
            strictness: (value) => (value === 'Enabled' ? 1 : 0),
          },
        ]),
    });
  },
};
