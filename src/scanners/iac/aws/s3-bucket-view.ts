import type { ModelNode } from '../model/node';
import type { IacModel } from '../model/iac-model';
import type { Resource } from '../model/resource';
import {
  at,
  entriesOf,
  isCloudFormation,
  prop,
  properties,
  readBool,
  readText,
  settingAt,
  type Setting,
} from './aws-resource';
import { policyDocuments, type PolicyDocumentView } from './policy-documents-view';
import { linksTo, pointsAt, scopeOf, type ValueSite } from './resource-links';

export const BUCKET_TYPES = ['aws_s3_bucket', 'AWS::S3::Bucket'];

/** The four Block Public Access switches, in Terraform and CloudFormation spelling. */
export const PUBLIC_ACCESS_FLAGS = [
  { terraform: 'block_public_acls', cloudFormation: 'BlockPublicAcls' },
  { terraform: 'block_public_policy', cloudFormation: 'BlockPublicPolicy' },
  { terraform: 'ignore_public_acls', cloudFormation: 'IgnorePublicAcls' },
  { terraform: 'restrict_public_buckets', cloudFormation: 'RestrictPublicBuckets' },
] as const;

export interface PublicAccessBlock {
  /** The `aws_s3_bucket_public_access_block`, or the bucket for CloudFormation's `PublicAccessBlockConfiguration`. */
  resource: Resource;
  /** One per switch; a switch not written is off. */
  flags: Setting[];
}

/** A bucket setting and what it amounts to; `at` tells where to report it. */
export interface BucketState<T extends string> {
  state: T | 'absent' | 'unknown';
  at: Setting;
}

export interface S3BucketView {
  bucket: Resource;
  /** The bucket name when written out, which other resources may use instead of a reference. */
  names: string[];
  publicAccessBlocks: PublicAccessBlock[];
  /** A public access block may exist that the scan cannot attribute to a bucket. */
  publicAccessBlockUncertain: boolean;
  versioning: BucketState<'enabled' | 'suspended'>;
  encryption: BucketState<'kms' | 'sse-s3'>;
  logging: BucketState<'enabled'>;
  /** Canned ACLs (`acl`, `AccessControl`) and grantee URIs of explicit grants. */
  acls: Setting[];
  grantees: Setting[];
  policies: PolicyDocumentView[];
  /** Some bucket policy may exist that the scan cannot attribute to a bucket. */
  policyUncertain: boolean;
}

/** Every S3 bucket joined with whatever configures it: split resources (provider v4+), inline arguments (v3) or template properties. */
export function s3Buckets(model: IacModel): S3BucketView[] {
  return model.view('aws:s3-buckets', () => model.ofTypes(BUCKET_TYPES).map((bucket) => view(model, bucket)));
}

function view(model: IacModel, bucket: Resource): S3BucketView {
  const name = readText(at(properties(bucket), isCloudFormation(bucket) ? 'BucketName' : 'bucket'));
  const names = name && name !== 'unknown' ? [name, `arn:aws:s3:::${name}`] : [];
  const links = linksTo(model, bucket, names);
  const linked = (type: string) => links([type], 'bucket');
  const blocks = linked('aws_s3_bucket_public_access_block');
  const policies = linked('aws_s3_bucket_policy');
  const versioningLinks = linked('aws_s3_bucket_versioning');
  const encryptionLinks = linked('aws_s3_bucket_server_side_encryption_configuration');
  const cfnPolicies = links(['AWS::S3::BucketPolicy'], 'Bucket');
  const policyOwners = new Set([bucket, ...policies.resources, ...cfnPolicies.resources]);
  return {
    bucket,
    names,
    publicAccessBlocks: publicAccessBlocks(bucket, blocks.resources),
    publicAccessBlockUncertain: blocks.uncertain,
    versioning: unlessUncertain(versioning(bucket, versioningLinks.resources[0]), versioningLinks),
    encryption: unlessUncertain(encryption(bucket, encryptionLinks.resources[0]), encryptionLinks),
    logging: logging(bucket, linked('aws_s3_bucket_logging')),
    ...acls(bucket, linked('aws_s3_bucket_acl').resources),
    policies: s3PoliciesOf(model, policyOwners),
    policyUncertain: policies.uncertain || cfnPolicies.uncertain,
  };
}

/** The S3 policy documents owned by any of `owners`, in the order of `policyDocuments`. */
function s3PoliciesOf(model: IacModel, owners: Set<Resource>): PolicyDocumentView[] {
  const byOwner = model.view('aws:s3-policies-by-owner', () => {
    const map = new Map<Resource, { view: PolicyDocumentView; order: number }[]>();
    policyDocuments(model).forEach((view, order) => {
      if (view.service !== 's3') return;
      const list = map.get(view.owner);
      if (list) list.push({ view, order });
      else map.set(view.owner, [{ view, order }]);
    });
    return map;
  });
  const found = [...owners].flatMap((owner) => byOwner.get(owner) ?? []);
  return found.sort((a, b) => a.order - b.order).map((entry) => entry.view);
}

/** A setting found missing is unknown when a resource the scan cannot attribute might provide it. */
function unlessUncertain<T extends string>(
  state: BucketState<T>,
  links: { uncertain: boolean },
): BucketState<T> {
  return state.state === 'absent' && links.uncertain ? { ...state, state: 'unknown' } : state;
}

function publicAccessBlocks(bucket: Resource, blocks: Resource[]): PublicAccessBlock[] {
  if (isCloudFormation(bucket)) {
    const configuration = at(properties(bucket), 'PublicAccessBlockConfiguration');
    if (!configuration) return [];
    return [
      {
        resource: bucket,
        flags: PUBLIC_ACCESS_FLAGS.map((flag) =>
          prop(bucket, `PublicAccessBlockConfiguration.${flag.cloudFormation}`),
        ),
      },
    ];
  }
  return blocks.map((block) => ({
    resource: block,
    flags: PUBLIC_ACCESS_FLAGS.map((flag) => prop(block, flag.terraform)),
  }));
}

function versioning(bucket: Resource, split: Resource | undefined): S3BucketView['versioning'] {
  const value = split
    ? prop(split, 'versioning_configuration.status')
    : isCloudFormation(bucket)
      ? prop(bucket, 'VersioningConfiguration.Status')
      : prop(bucket, 'versioning.enabled');
  const text = readText(value.node)?.toLowerCase();
  if (text === undefined) return { state: 'absent', at: value };
  if (text === 'unknown') return { state: 'unknown', at: value };
  return { state: text === 'enabled' || text === 'true' ? 'enabled' : 'suspended', at: value };
}

function encryption(bucket: Resource, split: Resource | undefined): S3BucketView['encryption'] {
  const value = split
    ? prop(split, 'rule.apply_server_side_encryption_by_default.sse_algorithm')
    : isCloudFormation(bucket)
      ? prop(
          bucket,
          'BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.SSEAlgorithm',
        )
      : prop(
          bucket,
          'server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.sse_algorithm',
        );
  const text = readText(value.node);
  if (text === undefined) return { state: split ? 'unknown' : 'absent', at: value };
  if (text === 'unknown') return { state: 'unknown', at: value };
  return { state: text.startsWith('aws:kms') ? 'kms' : 'sse-s3', at: value };
}

function logging(
  bucket: Resource,
  split: { resources: Resource[]; uncertain: boolean },
): S3BucketView['logging'] {
  const value = isCloudFormation(bucket) ? prop(bucket, 'LoggingConfiguration') : prop(bucket, 'logging');
  if (split.resources.length > 0) return { state: 'enabled', at: prop(split.resources[0]!, 'target_bucket') };
  if (value.node?.kind === 'unknown') return { state: 'unknown', at: value };
  if (value.node && entriesOf(value.node).length > 0) return { state: 'enabled', at: value };
  return { state: split.uncertain ? 'unknown' : 'absent', at: value };
}

function acls(bucket: Resource, splitAcls: Resource[]): Pick<S3BucketView, 'acls' | 'grantees'> {
  if (isCloudFormation(bucket))
    return { acls: [prop(bucket, 'AccessControl')].filter((acl) => acl.node), grantees: [] };
  const owners = [bucket, ...splitAcls];
  const acls = owners.map((owner) => prop(owner, 'acl')).filter((acl) => acl.node);
  const grantees: Setting[] = [];
  for (const owner of owners) {
    const grants = [
      ...entriesOf(at(properties(owner), 'grant')).map((grant) => settingAt(owner, grant, 'uri', 'grant')),
      ...entriesOf(at(properties(owner), 'access_control_policy.grant')).map((grant) =>
        settingAt(owner, grant, 'grantee.uri', 'access_control_policy.grant'),
      ),
    ];
    grantees.push(...grants.filter((grant) => grant.node));
  }
  return { acls, grantees };
}

const LOG_DELIVERY_ACLS = new Set(['log-delivery-write', 'logdeliverywrite']);

/** Whether the bucket receives server access logs of other buckets (log buckets are not logged, and cannot use SSE-KMS). */
export function isLogTarget(model: IacModel, view: S3BucketView): boolean {
  if (view.acls.some((acl) => LOG_DELIVERY_ACLS.has((readText(acl.node) ?? '').toLowerCase()))) return true;
  if (view.grantees.some((grantee) => /LogDelivery$/.test(readText(grantee.node) ?? ''))) return true;
  const targets = logTargets(model).get(scopeOf(view.bucket)) ?? [];
  if (targets.some((target) => pointsAt(target.node, view.bucket, view.names, target.site))) return true;
  return view.policies.some((policy) =>
    policy.document.statements.some((statement) =>
      statement.principal?.values.some((principal) => principal.value === 'logging.s3.amazonaws.com'),
    ),
  );
}

interface LogTarget {
  node: ModelNode;
  site: ValueSite;
}

/** Where server access logs go, by the scope of the resource that sends them. */
function logTargets(model: IacModel): Map<string, LogTarget[]> {
  return model.view('aws:s3-log-targets', () => {
    const byScope = new Map<string, LogTarget[]>();
    const add = (node: ModelNode | undefined, site: ValueSite): void => {
      if (!node) return;
      const scope = scopeOf(site.holder);
      const list = byScope.get(scope);
      if (list) list.push({ node, site });
      else byScope.set(scope, [{ node, site }]);
    };
    for (const other of model.ofType('aws_s3_bucket_logging'))
      add(at(properties(other), 'target_bucket'), { holder: other, attribute: 'target_bucket' });
    for (const other of model.ofType('aws_s3_bucket')) {
      for (const block of entriesOf(at(properties(other), 'logging')))
        add(at(block, 'target_bucket'), { holder: other, attribute: 'logging' });
    }
    for (const other of model.ofType('AWS::S3::Bucket')) {
      add(at(properties(other), 'LoggingConfiguration.DestinationBucketName'), {
        holder: other,
        attribute: 'LoggingConfiguration',
      });
    }
    return byScope;
  });
}

/** Whether an account-level Block Public Access in the scan turns on all four switches, which covers every bucket. */
export function accountBlocksPublicAccess(model: IacModel): boolean {
  return model
    .ofType('aws_s3_account_public_access_block')
    .some((block) =>
      PUBLIC_ACCESS_FLAGS.every((flag) => readBool(at(properties(block), flag.terraform)) === true),
    );
}
