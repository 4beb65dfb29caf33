import type { compute_v1 } from '@googleapis/compute/build/v1';

/** A metadata value (`enable-oslogin`, `serial-port-enable`, ...), or undefined when the key is not set. */
export function metadataValue(
  metadata: compute_v1.Schema$Metadata | undefined,
  key: string,
): string | undefined {
  const item = (metadata?.items ?? []).find((entry) => entry.key?.toLowerCase() === key);
  return item?.value ?? undefined;
}

/** Metadata booleans are strings that Compute Engine reads case-insensitively (`TRUE`, `true`, `1`). */
export function metadataTrue(value: string | undefined): boolean {
  return value !== undefined && /^(true|1|y|yes)$/i.test(value.trim());
}

export function metadataFalse(value: string | undefined): boolean {
  return value !== undefined && /^(false|0|n|no)$/i.test(value.trim());
}

/** The zone of an instance (`us-central1-a`), from its zone URL. */
export function instanceZone(instance: compute_v1.Schema$Instance): string | undefined {
  return instance.zone?.split('/').pop() || undefined;
}

/** The instance's resource id: its selfLink, or a name built from the project and zone. */
export function instanceResource(project: string, instance: compute_v1.Schema$Instance): string {
  return (
    instance.selfLink ??
    `https://www.googleapis.com/compute/v1/projects/${project}/zones/${instanceZone(instance)}/instances/${instance.name}`
  );
}

/**
 * Whether GKE created the VM as a cluster node: CIS leaves nodes to the cluster's own settings (they need
 * IP forwarding, and their service account and addresses are set on the node pool).
 */
export function isGkeNode(instance: compute_v1.Schema$Instance): boolean {
  return instance.labels?.['goog-gke-node'] !== undefined;
}

/** The Compute Engine default service account: `<project number>-compute@developer.gserviceaccount.com`. */
export function isDefaultComputeAccount(email: string | null | undefined): boolean {
  return /^\d+-compute@developer\.gserviceaccount\.com$/.test(email ?? '');
}

/** The VMs a check judges: every instance but GKE nodes, whose settings belong to the node pool. */
export function standaloneInstances(
  instances: compute_v1.Schema$Instance[] | undefined,
): compute_v1.Schema$Instance[] {
  return (instances ?? []).filter((instance) => !isGkeNode(instance));
}

/** The zone option of flag() for an instance. */
export function zoneOf(instance: compute_v1.Schema$Instance): { region?: string } {
  const zone = instanceZone(instance);
  return zone ? { region: zone } : {};
}
