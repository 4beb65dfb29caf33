import { AwsFault, type AwsRequest } from '../wire/http';
import { ATTRIBUTES, flat, list } from '../wire/xml';
import type { AwsWorld } from '../world';
import { paginate, type Service } from './service';
import type { BucketSeed } from '../seed';

const S3_NAMESPACE = 'http://s3.amazonaws.com/doc/2006-03-01/';

/** Path-style requests: `/` lists buckets, `/<bucket>?<subresource>` reads a bucket setting. */
function route(request: AwsRequest): { bucket?: string; subresource?: string } {
  const bucket = decodeURIComponent(request.url.pathname.split('/')[1] ?? '');
  const subresource = [...request.url.searchParams.keys()].find((key) => key !== 'x-id');
  return { ...(bucket ? { bucket } : {}), ...(subresource ? { subresource } : {}) };
}

const OPERATIONS: Record<string, string> = {
  location: 'GetBucketLocation',
  publicAccessBlock: 'GetPublicAccessBlock',
  policy: 'GetBucketPolicy',
  policyStatus: 'GetBucketPolicyStatus',
  acl: 'GetBucketAcl',
  encryption: 'GetBucketEncryption',
  versioning: 'GetBucketVersioning',
  logging: 'GetBucketLogging',
};

function findBucket(world: AwsWorld, account: string, name: string): BucketSeed {
  const bucket = world.account(account).s3.buckets.find((entry) => entry.name === name);
  if (!bucket) throw new AwsFault(404, 'NoSuchBucket', 'The specified bucket does not exist');
  return bucket;
}

function grantee(grant: BucketSeed['grants'][number]) {
  return grant.uri
    ? {
        [ATTRIBUTES]: { 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:type': 'Group' },
        URI: grant.uri,
      }
    : {
        [ATTRIBUTES]: {
          'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
          'xsi:type': 'CanonicalUser',
        },
        ID: grant.id ?? 'owner',
      };
}

function bucketSetting(
  world: AwsWorld,
  request: AwsRequest,
  operation: string,
  bucket: BucketSeed,
): Record<string, unknown> {
  switch (operation) {
    case 'GetBucketLocation':
      return { LocationConstraint: bucket.region === 'us-east-1' ? '' : bucket.region };
    case 'GetPublicAccessBlock':
      if (!bucket.publicAccessBlock)
        throw new AwsFault(
          404,
          'NoSuchPublicAccessBlockConfiguration',
          'The public access block configuration was not found',
        );
      return { PublicAccessBlockConfiguration: bucket.publicAccessBlock };
    case 'GetBucketPolicyStatus':
      if (!bucket.policy) throw new AwsFault(404, 'NoSuchBucketPolicy', 'The bucket policy does not exist');
      return { PolicyStatus: { IsPublic: bucket.policyIsPublic } };
    case 'GetBucketAcl':
      return {
        AccessControlPolicy: {
          Owner: { ID: `owner-${request.account}` },
          AccessControlList: list(
            'Grant',
            bucket.grants.map((grant) => ({ Grantee: grantee(grant), Permission: grant.permission })),
          ),
        },
      };
    case 'GetBucketEncryption':
      if (!bucket.encryption)
        throw new AwsFault(
          404,
          'ServerSideEncryptionConfigurationNotFoundError',
          'The server side encryption configuration was not found',
        );
      return {
        ServerSideEncryptionConfiguration: {
          Rule: flat([
            {
              ApplyServerSideEncryptionByDefault: { SSEAlgorithm: bucket.encryption },
              BucketKeyEnabled: false,
            },
          ]),
        },
      };
    case 'GetBucketVersioning':
      return {
        VersioningConfiguration: {
          ...(bucket.versioning.status ? { Status: bucket.versioning.status } : {}),
          ...(bucket.versioning.status
            ? { MfaDelete: bucket.versioning.mfaDelete ? 'Enabled' : 'Disabled' }
            : {}),
        },
      };
    case 'GetBucketLogging':
      return {
        BucketLoggingStatus: bucket.loggingTarget
          ? { LoggingEnabled: { TargetBucket: bucket.loggingTarget, TargetPrefix: 'logs/' } }
          : {},
      };
    default:
      throw new AwsFault(400, 'NotImplemented', `${operation} is not implemented`);
  }
}

export const s3: Service = {
  name: 's3',
  protocol: 'rest-xml',
  operation(request) {
    if (request.method !== 'GET') return undefined;
    const { bucket, subresource } = route(request);
    if (!bucket) return 'ListBuckets';
    return subresource ? OPERATIONS[subresource] : undefined;
  },
  handle(operation, request, world) {
    const account = world.account(request.account);
    if (operation === 'ListBuckets') {
      const { page, next } = paginate(account.s3.buckets, request.url.searchParams.get('continuation-token'));
      return {
        body: {
          ListAllMyBucketsResult: {
            [ATTRIBUTES]: { xmlns: S3_NAMESPACE },
            Owner: { ID: `owner-${account.id}` },
            Buckets: list(
              'Bucket',
              page.map((bucket) => ({
                Name: bucket.name,
                CreationDate: new Date('2024-03-01T00:00:00Z'),
                BucketRegion: bucket.region,
              })),
            ),
            ...(next ? { ContinuationToken: next } : {}),
          },
        },
      };
    }
    const bucket = findBucket(world, account.id, route(request).bucket ?? '');
    if (operation === 'GetBucketPolicy') {
      if (!bucket.policy) throw new AwsFault(404, 'NoSuchBucketPolicy', 'The bucket policy does not exist');
      return { raw: JSON.stringify(bucket.policy), contentType: 'application/json' };
    }
    return { body: bucketSetting(world, request, operation, bucket) };
  },
};

export const s3control: Service = {
  name: 's3',
  protocol: 's3control',
  operation(request) {
    return request.method === 'GET' && request.url.pathname === '/v20180820/configuration/publicAccessBlock'
      ? 'GetPublicAccessBlock'
      : undefined;
  },
  handle(_operation, request, world) {
    const accountId = request.headers['x-amz-account-id'];
    if (accountId !== request.account) throw new AwsFault(403, 'AccessDenied', 'Access Denied');
    const block = world.account(request.account).s3.accountBlock;
    if (!block)
      throw new AwsFault(
        404,
        'NoSuchPublicAccessBlockConfiguration',
        'The public access block configuration was not found',
      );
    return {
      body: {
        PublicAccessBlockConfiguration: {
          [ATTRIBUTES]: { xmlns: 'http://awss3control.amazonaws.com/doc/2018-08-20/' },
          ...block,
        },
      },
    };
  },
};
