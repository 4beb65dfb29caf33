import type { Grant } from '@aws-sdk/client-s3';
import type { PublicAccessBlock } from '../../../collectors/aws/s3-buckets';

export const BLOCK_SETTINGS = [
  'blockPublicAcls',
  'ignorePublicAcls',
  'blockPublicPolicy',
  'restrictPublicBuckets',
] as const;

/**
 * The block that applies to a bucket: S3 enforces a setting when either the account or the bucket turns
 * it on, so an account-wide block covers every bucket whatever the bucket says.
 */
export function effectiveBlock(
  account: PublicAccessBlock | null,
  bucket: PublicAccessBlock | null,
): PublicAccessBlock {
  const on = (setting: (typeof BLOCK_SETTINGS)[number]) =>
    account?.[setting] === true || bucket?.[setting] === true;
  return {
    blockPublicAcls: on('blockPublicAcls'),
    ignorePublicAcls: on('ignorePublicAcls'),
    blockPublicPolicy: on('blockPublicPolicy'),
    restrictPublicBuckets: on('restrictPublicBuckets'),
  };
}

export function missingSettings(block: PublicAccessBlock | null): string[] {
  return BLOCK_SETTINGS.filter((setting) => block?.[setting] !== true).map(settingName);
}

/** `blockPublicAcls` → `BlockPublicAcls`, as the console and the API name it. */
export function settingName(setting: string): string {
  return setting.charAt(0).toUpperCase() + setting.slice(1);
}

const PUBLIC_GROUPS = [
  'http://acs.amazonaws.com/groups/global/AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
];

/** ACL grants to everyone or to every AWS account. */
export function publicGrants(grants: Grant[]): Grant[] {
  return grants.filter(
    (grant) => grant.Grantee?.URI !== undefined && PUBLIC_GROUPS.includes(grant.Grantee.URI),
  );
}

export interface BucketExposure {
  policy: boolean;
  acl: string[];
}

/**
 * Whether a bucket is public after Block Public Access: a public policy counts unless RestrictPublicBuckets
 * applies, a public ACL unless IgnorePublicAcls applies.
 */
export function bucketExposure(
  block: PublicAccessBlock,
  policyIsPublic: boolean,
  grants: Grant[],
): BucketExposure {
  const acl = block.ignorePublicAcls
    ? []
    : publicGrants(grants).map(
        (grant) => `${grant.Permission ?? 'access'} to ${groupName(grant.Grantee?.URI)}`,
      );
  return { policy: policyIsPublic && !block.restrictPublicBuckets, acl };
}

function groupName(uri: string | undefined): string {
  return uri?.endsWith('/AllUsers') ? 'everyone (AllUsers)' : 'any AWS account (AuthenticatedUsers)';
}
