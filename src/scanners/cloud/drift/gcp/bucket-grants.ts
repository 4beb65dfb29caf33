import type { storage_v1 } from '@googleapis/storage/build/v1';
import { declaredString, declaredValue } from '../declared/declared-values';
import type { DeclaredResource } from '../declared/declared-infrastructure';
import type { SettingDiff } from '../drift-recorder';
import { stringList } from '../set-diff';
import type { GcpDriftContext } from './gcp-drift-kind';

const PUBLIC_MEMBERS = new Set(['allUsers', 'allAuthenticatedUsers']);
const GRANT_TYPES = ['google_storage_bucket_iam_member', 'google_storage_bucket_iam_binding'];
/** Resources that set a bucket's whole policy or ACL: what they allow cannot be told grant by grant. */
const WHOLE_POLICY_TYPES = [
  'google_storage_bucket_iam_policy',
  'google_storage_bucket_acl',
  'google_storage_default_object_acl',
];

/** The bucket a grant applies to: through the bucket declaration it refers to, else its literal `bucket`. */
function grantBucket(context: GcpDriftContext, grant: DeclaredResource): string | undefined {
  const referenced = (grant.source.references ?? [])
    .filter((reference) => reference.attribute === 'bucket')
    .map((reference) => context.ofType('google_storage_bucket').find((b) => b.address === reference.address))
    .find((bucket) => bucket !== undefined);
  const name = referenced ? declaredString(referenced, 'name') : declaredString(grant, 'bucket');
  // The state records the bucket of a grant as `b/<name>`.
  return name?.replace(/^b\//, '');
}

/** `role member` pairs the code grants on `bucket`; undefined when some grant cannot be read (then nothing is said). */
function declaredGrants(context: GcpDriftContext, bucket: string): Set<string> | undefined {
  const grants = new Set<string>();
  for (const resource of context.ofType(...WHOLE_POLICY_TYPES, ...GRANT_TYPES)) {
    const target = grantBucket(context, resource);
    if (target === undefined) return undefined;
    if (target !== bucket) continue;
    if (WHOLE_POLICY_TYPES.includes(resource.type)) return undefined;
    const role = declaredString(resource, 'role');
    const members =
      resource.type === 'google_storage_bucket_iam_member'
        ? [declaredString(resource, 'member')]
        : membersOf(resource);
    if (role === undefined || members === undefined || members.some((member) => member === undefined))
      return undefined;
    for (const member of members) grants.add(`${role} ${member}`);
  }
  return grants;
}

function membersOf(resource: DeclaredResource): (string | undefined)[] | undefined {
  const value = declaredValue(resource, 'members');
  return value.kind === 'known' ? stringList(value.value) : undefined;
}

/** Grants to everyone on the Internet that the live bucket has and the code does not declare. */
export function undeclaredPublicGrants(
  context: GcpDriftContext,
  bucket: string,
  bindings: NonNullable<storage_v1.Schema$Policy['bindings']>,
): SettingDiff[] {
  const declared = declaredGrants(context, bucket);
  if (!declared) return [];
  const diffs: SettingDiff[] = [];
  for (const binding of bindings) {
    // A conditional grant is still public where its condition holds; it is reported the same.
    for (const member of binding.members ?? []) {
      if (!PUBLIC_MEMBERS.has(member) || !binding.role || declared.has(`${binding.role} ${member}`)) continue;
      diffs.push({
        setting: `iam ${binding.role}`,
        declared: `not granted to ${member}`,
        live: `granted to ${member}`,
        lessSecure: true,
      });
    }
  }
  return diffs;
}
