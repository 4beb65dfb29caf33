import type { IacModel } from '../model/iac-model';
import type { ModelNode } from '../model/node';
import type { Resource } from '../model/resource';
import { at, blocks, metadataFlag, readStrings, readText, type Known } from './gcp-settings';
import { isDefaultServiceAccountEmail } from './iam-members';
import { referencesIn } from './references';

/** VM instances and the templates instance groups create them from share one schema for what rules read. */
export const INSTANCE_TYPES = [
  'google_compute_instance',
  'google_compute_instance_template',
  'google_compute_region_instance_template',
];

export interface ComputeInstance {
  resource: Resource;
  isTemplate: boolean;
  metadata: ModelNode | undefined;
  /** Created by GKE for its nodes (`gke-` names), which manage these settings themselves. */
  managedByGke: boolean;
}

export function computeInstances(model: IacModel): ComputeInstance[] {
  return model.view('gcp-compute-instances', () =>
    model.ofTypes(INSTANCE_TYPES).map((resource) => ({
      resource,
      isTemplate: resource.type !== 'google_compute_instance',
      metadata: at(resource.body, 'metadata'),
      managedByGke: /^gke-/.test(readText(at(resource.body, 'name')) ?? ''),
    })),
  );
}

/** A metadata key of the instance: its node and its on/off value. A metadata map known only at apply time is unknown. */
export function metadataValue(
  instance: ComputeInstance,
  key: string,
): { node?: ModelNode; value: Known<boolean> } {
  if (instance.metadata?.kind === 'unknown') return { value: 'unknown' };
  if (instance.metadata?.kind !== 'map') return { value: undefined };
  const node = instance.metadata.entries.get(key);
  return { node, value: metadataFlag(node) };
}

export interface ServiceAccountUse {
  node: ModelNode;
  email: ModelNode | undefined;
  /** The Compute Engine default service account: no email, its address, or the data source that looks it up. */
  isDefault: Known<boolean>;
  scopes: { value: string; node: ModelNode }[];
  scopesUnknown: boolean;
}

export function serviceAccountOf(instance: ComputeInstance): ServiceAccountUse | undefined {
  const block = blocks(at(instance.resource.body, 'service_account'))[0];
  if (!block || block.kind !== 'map') return undefined;
  const email = at(block, 'email');
  const scopes = readStrings(at(block, 'scopes'));
  return {
    node: block,
    email,
    isDefault: isDefaultAccount(email),
    scopes: scopes.values,
    scopesUnknown: scopes.unknown,
  };
}

/** Instances outside GKE that run as the Compute Engine default service account, with that account's block. */
export function defaultServiceAccountUses(
  model: IacModel,
): { instance: ComputeInstance; account: ServiceAccountUse }[] {
  return computeInstances(model)
    .filter((instance) => !instance.managedByGke)
    .flatMap((instance) => {
      const account = serviceAccountOf(instance);
      return account?.isDefault === true ? [{ instance, account }] : [];
    });
}

function isDefaultAccount(email: ModelNode | undefined): Known<boolean> {
  if (!email) return true;
  if (email.kind === 'unknown') {
    const references = referencesIn(email);
    if (
      references.some((reference) =>
        /(^|\.)data\.google_compute_default_service_account\./.test(`${reference}.`),
      )
    )
      return true;
    return references.some((reference) => /(^|\.)google_service_account\./.test(reference))
      ? false
      : 'unknown';
  }
  const value = readText(email);
  if (value === undefined) return true;
  if (value === 'unknown') return 'unknown';
  return value.trim() === '' || value.trim() === 'default' || isDefaultServiceAccountEmail(value);
}

/** `cloud-platform` grants every API the service account's roles allow. */
export function isFullAccessScope(scope: string): boolean {
  return ['cloud-platform', 'https://www.googleapis.com/auth/cloud-platform'].includes(scope.trim());
}

/** `access_config` blocks of the network interfaces: each gives the interface an external IPv4 address. */
export function externalAddressBlocks(instance: ComputeInstance): ModelNode[] {
  return blocks(at(instance.resource.body, 'network_interface')).flatMap((nic) =>
    nic.kind === 'map' ? blocks(nic.entries.get('access_config')) : [],
  );
}

/**
 * The disks an instance or template creates, with whether a customer key protects
 * them. Disks attached by `source` are separate `google_compute_disk` resources,
 * whose own key settings apply.
 */
export function createdDisks(instance: ComputeInstance): { node: ModelNode; encrypted: Known<boolean> }[] {
  const body = instance.resource.body;
  const created = (disk: ModelNode) => disk.kind !== 'map' || !disk.entries.has('source');
  if (instance.isTemplate) {
    return blocks(at(body, 'disk'))
      .filter(created)
      .map((disk) => ({ node: disk, encrypted: keyed(disk, ['disk_encryption_key.kms_key_self_link']) }));
  }
  const keys = ['kms_key_self_link', 'disk_encryption_key_raw', 'disk_encryption_key_rsa'];
  return blocks(at(body, 'boot_disk'))
    .filter(created)
    .map((disk) => ({ node: disk, encrypted: keyed(disk, keys) }));
}

/** Whether a standalone disk names a customer key (managed in Cloud KMS, or supplied raw / RSA-wrapped). */
export function diskEncrypted(disk: Resource): Known<boolean> {
  return keyed(disk.body, [
    'disk_encryption_key.kms_key_self_link',
    'disk_encryption_key.raw_key',
    'disk_encryption_key.rsa_encrypted_key',
  ]);
}

/** true when one of the key arguments is written and not empty; 'unknown' when the block or a key is known only at apply time. */
function keyed(disk: ModelNode, paths: string[]): Known<boolean> {
  if (disk.kind === 'unknown') return 'unknown';
  let unknown = false;
  for (const path of paths) {
    const value = readText(at(disk, path));
    if (value === 'unknown') unknown = true;
    else if (value !== undefined && value.trim() !== '') return true;
  }
  return unknown ? 'unknown' : false;
}

/** Project-wide metadata: `google_compute_project_metadata` maps and `google_compute_project_metadata_item` entries. */
export function projectMetadata(
  model: IacModel,
  key: string,
): { resource: Resource; node: ModelNode | undefined; value: Known<boolean> }[] {
  return [
    ...model.ofType('google_compute_project_metadata').map((resource) => {
      const metadata = at(resource.body, 'metadata');
      if (metadata?.kind === 'unknown') return { resource, node: metadata, value: 'unknown' as const };
      const node = metadata?.kind === 'map' ? metadata.entries.get(key) : undefined;
      return { resource, node, value: metadataFlag(node) };
    }),
    ...model
      .ofType('google_compute_project_metadata_item')
      .filter((resource) => readText(at(resource.body, 'key')) === key)
      .map((resource) => ({
        resource,
        node: at(resource.body, 'value'),
        value: metadataFlag(at(resource.body, 'value')),
      })),
  ];
}
