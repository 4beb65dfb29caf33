import type { IacModel } from '../model/iac-model';
import type { ModelNode } from '../model/node';
import type { Resource } from '../model/resource';
import { at, blocks, readText } from './gcp-settings';
import type { Grant } from './iam-bindings';
import { memberKind, type Member, type MemberKind } from './iam-members';

/** Access granted outside IAM policies: Cloud Storage ACLs and BigQuery dataset `access` entries. */
export interface AclGrant extends Omit<Grant, 'mechanism' | 'family' | 'via'> {
  mechanism: 'acl' | 'dataset-access';
}

const ROLE_ENTITY_TYPES = [
  'google_storage_bucket_acl',
  'google_storage_default_object_acl',
  'google_storage_object_acl',
];
const ENTITY_TYPES = [
  'google_storage_bucket_access_control',
  'google_storage_default_object_access_control',
  'google_storage_object_access_control',
];

/** `predefined_acl` values that open a bucket or object to everyone or to every Google account. */
const PUBLIC_PREDEFINED: Record<string, MemberKind> = {
  publicRead: 'allUsers',
  publicReadWrite: 'allUsers',
  authenticatedRead: 'allAuthenticatedUsers',
};

/** ACL entities: `allUsers`, `user-jane@example.com`, `group-...`, `domain-...`, `project-owners-123`. */
function entityMember(entity: string, node: ModelNode): Member {
  if (entity === 'allUsers' || entity === 'allAuthenticatedUsers')
    return { text: entity, kind: entity, node };
  const [prefix] = entity.split('-', 1);
  const kind: MemberKind =
    prefix === 'user' ? 'user' : prefix === 'group' ? 'group' : prefix === 'domain' ? 'domain' : 'other';
  return { text: entity, kind, node };
}

export function storageAclGrants(model: IacModel): AclGrant[] {
  return model.view('gcp-storage-acl-grants', () => [
    ...model
      .ofTypes(ROLE_ENTITY_TYPES)
      .flatMap((resource) => [...predefinedGrants(resource), ...roleEntityGrants(resource)]),
    ...model.ofTypes(ENTITY_TYPES).flatMap(entityGrant),
  ]);
}

function aclGrant(
  resource: Resource,
  role: string | undefined,
  roleNode: ModelNode | undefined,
  member: Member,
): AclGrant {
  return { resource, scope: 'bucket', role, roleNode, member, conditional: false, mechanism: 'acl' };
}

function predefinedGrants(resource: Resource): AclGrant[] {
  const node = at(resource.body, 'predefined_acl');
  const value = readText(node);
  const kind = value && value !== 'unknown' ? PUBLIC_PREDEFINED[value] : undefined;
  return node && kind ? [aclGrant(resource, value, node, { text: kind, kind, node })] : [];
}

function roleEntityGrants(resource: Resource): AclGrant[] {
  const list = at(resource.body, 'role_entity');
  if (list?.kind !== 'list') return [];
  return list.items.flatMap((item) => {
    const value = readText(item);
    if (value === undefined || value === 'unknown' || !value.includes(':')) return [];
    const colon = value.indexOf(':');
    return [aclGrant(resource, value.slice(0, colon), item, entityMember(value.slice(colon + 1), item))];
  });
}

function entityGrant(resource: Resource): AclGrant[] {
  const node = at(resource.body, 'entity');
  const entity = readText(node);
  if (!node || entity === undefined || entity === 'unknown') return [];
  const role = readText(at(resource.body, 'role'));
  return [
    aclGrant(
      resource,
      role === 'unknown' ? undefined : role,
      at(resource.body, 'role'),
      entityMember(entity, node),
    ),
  ];
}

/** BigQuery `access` entries, inline on the dataset or as `google_bigquery_dataset_access` resources. */
export function datasetAccessGrants(model: IacModel): AclGrant[] {
  return model.view('gcp-dataset-access-grants', () => [
    ...model
      .ofType('google_bigquery_dataset')
      .flatMap((dataset) =>
        blocks(at(dataset.body, 'access')).flatMap((entry) => accessEntryGrants(dataset, entry)),
      ),
    ...model
      .ofType('google_bigquery_dataset_access')
      .flatMap((resource) => accessEntryGrants(resource, resource.body)),
  ]);
}

function accessEntryGrants(resource: Resource, entry: ModelNode): AclGrant[] {
  if (entry.kind !== 'map') return [];
  const roleNode = at(entry, 'role');
  const role = readText(roleNode);
  const grant = (member: Member): AclGrant => ({
    resource,
    scope: 'bigquery-dataset',
    role,
    roleNode,
    member,
    conditional: entry.entries.has('condition'),
    mechanism: 'dataset-access',
  });
  const found: AclGrant[] = [];
  const special = at(entry, 'special_group');
  const specialText = readText(special);
  if (special && (specialText === 'allAuthenticatedUsers' || specialText === 'allUsers')) {
    found.push(grant({ text: specialText, kind: specialText, node: special }));
  }
  const iamMember = at(entry, 'iam_member');
  const iamText = readText(iamMember);
  if (iamMember && iamText !== undefined && iamText !== 'unknown') {
    found.push(grant({ text: iamText, kind: memberKind(iamText), node: iamMember }));
  }
  const user = at(entry, 'user_by_email');
  const email = readText(user);
  if (user && email !== undefined && email !== 'unknown') {
    const kind = email.endsWith('.gserviceaccount.com') ? 'serviceAccount' : 'user';
    found.push(grant({ text: `${kind}:${email}`, kind, node: user }));
  }
  return found;
}
