import type { storage_v1 } from '@googleapis/storage/build/v1';
import type { BucketWithPolicy } from '../../collectors/gcp/storage-buckets';
import { identityOf, matchLive, type LiveCandidate } from '../matcher';
import { asBoolean, BOOLEAN_STRICTNESS, compareSettings, type SettingSpec } from '../settings';
import { reportUnmanaged } from '../unmanaged';
import { undeclaredPublicGrants } from './bucket-grants';
import { projectDeclarations, type GcpDriftContext, type GcpDriftKind } from './gcp-drift-kind';

type Bucket = storage_v1.Schema$Bucket;

const TYPE = 'google_storage_bucket';

/** Buckets Google services create in the project (Cloud Build, Cloud Functions, App Engine, Dataproc, Cloud Run). */
function serviceBucket(name: string, project: string): boolean {
  return (
    name === `${project}_cloudbuild` ||
    name === `${project}.appspot.com` ||
    name === `staging.${project}.appspot.com` ||
    name === `artifacts.${project}.appspot.com` ||
    /^(gcf-sources-|gcf-v2-sources-|gcf-v2-uploads-|dataproc-staging-|dataproc-temp-|run-sources-)/.test(name)
  );
}

function candidates(buckets: readonly Bucket[]): LiveCandidate<Bucket>[] {
  return buckets.flatMap((bucket) =>
    bucket.name
      ? [
          {
            item: bucket,
            ids: [bucket.name, ...(bucket.selfLink ? [bucket.selfLink] : [])],
            name: bucket.name,
          },
        ]
      : [],
  );
}

const PREVENTION_STRICTNESS = (value: unknown): number => (value === 'enforced' ? 1 : 0);

function bucketSpecs(bucket: Bucket): SettingSpec[] {
  const prevention = bucket.iamConfiguration?.publicAccessPrevention;
  return [
    {
      path: 'uniform_bucket_level_access',
      default: false,
      live: bucket.iamConfiguration?.uniformBucketLevelAccess?.enabled ?? false,
      normalise: asBoolean,
      strictness: BOOLEAN_STRICTNESS,
    },
    {
      path: 'public_access_prevention',
      default: 'inherited',
      live: prevention ?? undefined,
      // `unspecified` is the older spelling of `inherited`.
      normalise: (value) => (value === 'unspecified' ? 'inherited' : value),
      strictness: PREVENTION_STRICTNESS,
    },
    {
      path: 'versioning.0.enabled',
      default: false,
      live: bucket.versioning?.enabled ?? false,
      normalise: asBoolean,
      strictness: BOOLEAN_STRICTNESS,
    },
  ];
}

export const storageBucketKind: GcpDriftKind = {
  types: [TYPE],
  needs: ['buckets', 'bucketPolicies'],
  compare(context: GcpDriftContext) {
    const declarations = projectDeclarations(context, TYPE);
    if (declarations.length === 0) return;
    const buckets = context.data('buckets', 'storage buckets');
    if (!buckets) return;
    const all = candidates(buckets);
    const matches = declarations.map((resource) => ({
      resource,
      result: matchLive(identityOf(resource, { ids: ['name', 'id', 'self_link'], name: 'name' }), all),
    }));
    const policies = context.data('bucketPolicies', 'IAM policies of storage buckets');
    for (const { resource, result } of matches) {
      if (result.kind === 'missing')
        context.missing(
          resource,
          `declares bucket ${result.by}, which does not exist in ${context.where} (deleted outside Terraform, or never applied).`,
          false,
        );
      if (result.kind !== 'matched') continue;
      const bucket = result.candidate.item;
      const diffs = compareSettings(resource, bucketSpecs(bucket));
      const policy = policies?.find((entry: BucketWithPolicy) => entry.bucket.name === bucket.name)?.policy;
      const bindings = context.use(policy, `the IAM policy of bucket ${bucket.name}`)?.bindings ?? undefined;
      if (bindings) diffs.push(...undeclaredPublicGrants(context, bucket.name!, bindings));
      context.drifted(resource, bucket.selfLink ?? bucket.name!, diffs);
    }
    reportUnmanaged(context, {
      label: 'storage bucket',
      type: TYPE,
      matches,
      candidates: all,
      stateIdPaths: ['name', 'id', 'self_link'],
      createdByProvider: (candidate) => serviceBucket(candidate.name ?? '', context.account),
      resourceId: (candidate) => candidate.item.selfLink ?? candidate.name ?? '',
    });
  },
};
