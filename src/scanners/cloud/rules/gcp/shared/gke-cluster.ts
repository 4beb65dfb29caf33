import type { container_v1 } from '@googleapis/container/build/v1';
import type { ScopeFlagOptions } from '../../../engine/scope-audit-rule';

/** The cluster's resource id (its selfLink) and location, for flag(). */
export function clusterTarget(
  project: string,
  cluster: container_v1.Schema$Cluster,
): { resource: string; options: ScopeFlagOptions } {
  const location = cluster.location ?? cluster.zone ?? undefined;
  return {
    resource:
      cluster.selfLink ??
      `https://container.googleapis.com/v1/projects/${project}/locations/${location ?? '-'}/clusters/${cluster.name}`,
    options: location ? { region: location } : {},
  };
}

/** Autopilot clusters are hardened by Google (Dataplane V2, Workload Identity, Shielded nodes always on). */
export function isAutopilot(cluster: container_v1.Schema$Cluster): boolean {
  return cluster.autopilot?.enabled === true;
}
