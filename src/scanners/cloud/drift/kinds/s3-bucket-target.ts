import type { Collected } from '../../collectors/aws/collected';
import type { PerBucket } from '../../collectors/aws/s3-bucket-details';
import type { Bucket } from '../../collectors/aws/s3-buckets';
import type { AccountKey } from '../../collectors/aws/datasets';
import { declaredString } from '../declared/declared-values';
import type { DeclaredResource } from '../declared/declared-infrastructure';
import { DRIFT_SETTING_CHANGED, type DriftContext, type SettingDiff } from '../drift-context';
import { bucketMatches } from './s3-bucket';

type PerBucketKey = {
  [K in AccountKey]: K extends `s3.bucket${string}` ? K : never;
}[AccountKey];

export interface BucketConfigKind<T> {
  type: string;
  /** The per-bucket dataset holding the live configuration. */
  key: PerBucketKey;
  /** `public access block`, for messages. */
  label: string;
  compare(resource: DeclaredResource, live: T, bucket: Bucket): SettingDiff[];
}

type Target = { kind: 'live'; bucket: Bucket } | { kind: 'missing'; name: string } | { kind: 'skip' };

/**
 * Compares every applied configuration resource of a bucket (public access block, versioning, encryption)
 * with the bucket's live configuration. A configuration of a bucket the project declares and that is gone
 * is left to the bucket's own "missing" finding.
 */
export function compareBucketConfigs<T>(context: DriftContext, kind: BucketConfigKind<T>): void {
  const declarations = context.applied(kind.type);
  if (declarations.length === 0) return;
  const buckets = context.accountData('s3.buckets', `${kind.type} (S3 buckets)`);
  if (!buckets) return;
  const values = context.accountData(kind.key, `${kind.type} (${kind.label}s of buckets)`) as
    PerBucket<T> | undefined;
  for (const resource of declarations) {
    const target = bucketTarget(context, resource, buckets);
    if (target.kind === 'missing') {
      context.missing(
        resource,
        `configures bucket ${target.name}, which does not exist in account ${context.account}.`,
        true,
      );
      continue;
    }
    if (target.kind !== 'live' || !values) continue;
    const value: Collected<T> | undefined = values.get(target.bucket.name);
    if (!value) continue;
    if (!value.ok) {
      context.notAssessed(
        DRIFT_SETTING_CHANGED,
        `${resource.address} in account ${context.account}`,
        value.reason,
      );
      continue;
    }
    context.drifted(resource, target.bucket.arn, kind.compare(resource, value.value, target.bucket));
  }
}

/** The live bucket a configuration resource applies to: by its literal or recorded name, or through the bucket it refers to. */
function bucketTarget(context: DriftContext, resource: DeclaredResource, buckets: readonly Bucket[]): Target {
  const matches = bucketMatches(context, buckets);
  const referenced = (resource.source.references ?? [])
    .filter((reference) => reference.attribute === 'bucket')
    .map((reference) => [...matches.keys()].find((bucket) => bucket.address === reference.address))
    .find((bucket) => bucket !== undefined);
  if (referenced) {
    const result = matches.get(referenced)!;
    return result.kind === 'matched' ? { kind: 'live', bucket: result.candidate.item } : { kind: 'skip' };
  }
  const name = declaredString(resource, 'bucket');
  if (name === undefined) return { kind: 'skip' };
  const bucket = buckets.find((candidate) => candidate.name === name);
  if (bucket) return { kind: 'live', bucket };
  const declaredHere = [...matches.keys()].some((declared) => declaredString(declared, 'bucket') === name);
  return declaredHere ? { kind: 'skip' } : { kind: 'missing', name };
}
