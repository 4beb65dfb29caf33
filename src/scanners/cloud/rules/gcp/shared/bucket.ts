import type { storage_v1 } from '@googleapis/storage/build/v1';
import type { ScopeFlagOptions } from '../../../engine/scope-audit-rule';

export function bucketResource(bucket: storage_v1.Schema$Bucket): string {
  return bucket.selfLink ?? `https://www.googleapis.com/storage/v1/b/${bucket.name}`;
}

/** A bucket's location (`eu`, `us-central1`, `nam4`), lower-cased as regions are written elsewhere. */
export function bucketLocation(bucket: storage_v1.Schema$Bucket): ScopeFlagOptions {
  return bucket.location ? { region: bucket.location.toLowerCase() } : {};
}
