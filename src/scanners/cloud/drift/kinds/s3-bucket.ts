import type { Bucket } from '../../collectors/aws/s3-buckets';
import type { DeclaredResource } from '../declared/declared-infrastructure';
import type { DriftContext } from '../drift-context';
import { identityOf, matchLive, type LiveCandidate, type MatchResult } from '../matcher';
import { reportUnmanaged } from '../unmanaged';
import type { DriftKind } from './drift-kind';

const matches = new WeakMap<DriftContext, Map<DeclaredResource, MatchResult<Bucket>>>();

/** Buckets AWS tools create on the user's behalf (console wizards, CDK bootstrap, service defaults). */
const SERVICE_BUCKETS = [
  /^cf-templates-/,
  /^aws-cloudtrail-logs-/,
  /^elasticbeanstalk-/,
  /^cdk-[a-z0-9]+-assets-/,
  /^aws-athena-query-results-/,
  /^aws-glue-assets-/,
  /^sagemaker-/,
  /^config-bucket-\d{12}$/,
];

export function bucketCandidates(buckets: readonly Bucket[]): LiveCandidate<Bucket>[] {
  return buckets.map((bucket) => ({
    item: bucket,
    ids: [bucket.name, bucket.arn],
    name: bucket.name,
    ...(bucket.region ? { region: bucket.region } : {}),
  }));
}

/** Each declared bucket with its live bucket, computed once per account. */
export function bucketMatches(
  context: DriftContext,
  buckets: readonly Bucket[],
): Map<DeclaredResource, MatchResult<Bucket>> {
  let found = matches.get(context);
  if (!found) {
    const candidates = bucketCandidates(buckets);
    found = new Map(
      context
        .applied('aws_s3_bucket')
        .map((resource) => [
          resource,
          matchLive(
            identityOf(resource, { ids: ['id', 'bucket'], name: 'bucket', prefix: 'bucket_prefix' }),
            candidates,
          ),
        ]),
    );
    matches.set(context, found);
  }
  return found;
}

export const s3BucketKind: DriftKind = {
  types: ['aws_s3_bucket'],
  accountKeys: ['s3.buckets'],
  regionKeys: [],
  compare(context) {
    const buckets = context.accountData('s3.buckets', 'S3 buckets');
    if (!buckets) return;
    const found = bucketMatches(context, buckets);
    for (const [resource, result] of found)
      if (result.kind === 'missing')
        context.missing(
          resource,
          `declares bucket ${result.by}, which does not exist in account ${context.account} (deleted outside Terraform, or never applied).`,
          false,
        );
    reportUnmanaged(context, {
      label: 'S3 bucket',
      type: 'aws_s3_bucket',
      matches: [...found].map(([resource, result]) => ({ resource, result })),
      candidates: bucketCandidates(buckets),
      stateIdPaths: ['id', 'bucket', 'arn'],
      createdByProvider: (candidate) => SERVICE_BUCKETS.some((pattern) => pattern.test(candidate.name ?? '')),
      resourceId: (candidate) => candidate.item.arn,
    });
  },
};
