import type { AccountSeed } from '../seed';
import { cleanAccount } from './clean-account';
import { insecureIam } from './insecure-iam';
import { insecureNetwork, insecureServices } from './insecure-resources';
import { ALL_MONITORING } from './monitoring';
import { accountResource, bucket, expect, region, trail } from './builders';

export const INSECURE_ACCOUNT = '100000000002';
const HOME = 'us-east-1';
const OTHER = 'eu-west-1';

/** The clean baseline with the misconfigurations of the checklist, each declared with the finding it must give. */
export function insecureAccount(id: string = INSECURE_ACCOUNT): AccountSeed {
  const account = cleanAccount(id, [HOME, OTHER], ['ap-east-1']);
  insecureIam(account);
  insecureS3AndTrails(account);
  insecureNetwork(account);
  insecureServices(account);
  return account;
}

function insecureS3AndTrails(account: AccountSeed): void {
  const id = account.id;
  account.s3.accountBlock = null;
  expect(account, 's3-account-public-access-block', accountResource(id));
  // The clean baseline's legacy site is no longer covered by an account-wide block.
  const legacy = `arn:aws:s3:::legacy-site-${id}`;
  expect(account, 's3-bucket-public-access-block', legacy, OTHER);
  expect(account, 's3-bucket-public', legacy, OTHER);
  const site = `public-site-${id}`;
  account.s3.buckets.push(
    bucket(site, OTHER, {
      policy: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${site}/*` },
        ],
      },
      policyIsPublic: true,
      versioning: { status: null, mfaDelete: false },
      encryption: 'AES256',
    }),
    bucket(`private-data-${id}`, HOME, {
      publicAccessBlock: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
      encryption: null,
      versioning: { status: 'Suspended', mfaDelete: false },
      // An ACL grant to every AWS account, ignored by the bucket's IgnorePublicAcls: not public.
      grants: [{ uri: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers', permission: 'READ' }],
    }),
    bucket(`no-policy-${id}`, HOME, {
      policy: null,
      publicAccessBlock: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    }),
  );
  const siteArn = `arn:aws:s3:::${site}`;
  for (const check of [
    's3-bucket-public-access-block',
    's3-bucket-public',
    's3-bucket-insecure-transport',
    's3-bucket-versioning-disabled',
  ])
    expect(account, check, siteArn, OTHER);
  expect(account, 's3-bucket-encryption-missing', `arn:aws:s3:::private-data-${id}`, HOME);
  expect(account, 's3-bucket-versioning-disabled', `arn:aws:s3:::private-data-${id}`, HOME);
  expect(account, 's3-bucket-insecure-transport', `arn:aws:s3:::no-policy-${id}`, HOME);
  // The trail bucket keeps versioning but loses MFA delete and its access logs.
  const logs = account.s3.buckets.find((entry) => entry.name === `trail-logs-${id}`)!;
  logs.versioning = { status: 'Enabled', mfaDelete: false };
  logs.loggingTarget = null;
  logs.publicAccessBlock = {
    BlockPublicAcls: true,
    IgnorePublicAcls: true,
    BlockPublicPolicy: true,
    RestrictPublicBuckets: true,
  };
  account.s3.buckets.find((entry) => entry.name === `access-logs-${id}`)!.publicAccessBlock = {
    ...logs.publicAccessBlock,
  };
  const logsArn = `arn:aws:s3:::trail-logs-${id}`;
  expect(account, 's3-trail-bucket-mfa-delete-disabled', logsArn, HOME);
  expect(account, 'cloudtrail-bucket-access-logging', logsArn, HOME);
  // The multi-region trail is replaced by single-region ones, one of them writing to the public site.
  const home = region(account, HOME);
  home.trails = [
    trail(id, HOME, 'main', {
      IsMultiRegionTrail: false,
      LogFileValidationEnabled: false,
      KmsKeyId: undefined,
      CloudWatchLogsLogGroupArn: undefined,
      CloudWatchLogsRoleArn: undefined,
    }),
  ];
  region(account, OTHER).trails.push(
    trail(id, OTHER, 'exports', {
      IsMultiRegionTrail: false,
      S3BucketName: site,
      status: { IsLogging: true, LatestCloudWatchLogsDeliveryTime: new Date('2026-08-01T00:00:00Z') },
      CloudWatchLogsLogGroupArn: `arn:aws:logs:${OTHER}:${id}:log-group:cloudtrail/exports:*`,
    }),
  );
  const main = `arn:aws:cloudtrail:${HOME}:${id}:trail/main`;
  const exportsTrail = `arn:aws:cloudtrail:${OTHER}:${id}:trail/exports`;
  expect(account, 'cloudtrail-multi-region-missing', accountResource(id));
  for (const check of [
    'cloudtrail-log-validation-disabled',
    'cloudtrail-not-kms-encrypted',
    'cloudtrail-cloudwatch-missing',
  ])
    expect(account, check, main, HOME);
  expect(account, 'cloudtrail-cloudwatch-missing', exportsTrail, OTHER);
  expect(account, 'cloudtrail-bucket-public', siteArn, OTHER);
  expect(account, 'cloudtrail-bucket-access-logging', siteArn, OTHER);
  expect(account, 's3-trail-bucket-mfa-delete-disabled', siteArn, OTHER);
  for (const slug of ALL_MONITORING) expect(account, `monitoring-${slug}`, accountResource(id));
}
