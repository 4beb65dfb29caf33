import type { sqladmin_v1 } from '@googleapis/sqladmin/build/v1';
import type { ScopeFlagOptions } from '../../../engine/scope-audit-rule';

export function sqlResource(project: string, instance: sqladmin_v1.Schema$DatabaseInstance): string {
  return (
    instance.selfLink ?? `https://sqladmin.googleapis.com/v1/projects/${project}/instances/${instance.name}`
  );
}

export function sqlRegion(instance: sqladmin_v1.Schema$DatabaseInstance): ScopeFlagOptions {
  return instance.region ? { region: instance.region } : {};
}

/** Whether the instance has a public IPv4 address (ipv4Enabled, or a PRIMARY address listed). */
export function hasPublicIp(instance: sqladmin_v1.Schema$DatabaseInstance): boolean {
  return (
    instance.settings?.ipConfiguration?.ipv4Enabled === true ||
    (instance.ipAddresses ?? []).some((address) => address.type === 'PRIMARY')
  );
}

/** Read replicas and on-premises source representations take their backups and settings from elsewhere. */
export function isReplicaOrExternal(instance: sqladmin_v1.Schema$DatabaseInstance): boolean {
  return (
    instance.instanceType === 'READ_REPLICA_INSTANCE' ||
    instance.instanceType === 'ON_PREMISES_INSTANCE' ||
    Boolean(instance.masterInstanceName)
  );
}
